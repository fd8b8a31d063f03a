import type { ChangePointer } from "./change.js";
import type { Located } from "./located.js";
import { compareChildren } from "./schema-children.js";
import {
  listValues,
  placeName,
  recordEvent,
  type SchemaDiffContext,
  type SchemaPlace,
} from "./schema-context.js";
import { LIMITS, readSchema, type SchemaView } from "./schema-view.js";
import { compareTypes } from "./type-compare.js";

/**
 * Compares a schema of the base with its counterpart in the head and records what changed
 * for the context's side: types, enum values, limits, documentation, then fields, items and
 * variants. Each pair of schemas is compared once per subject, so `$ref` cycles end.
 */
export function compareSchemas(
  context: SchemaDiffContext,
  base: Located,
  head: Located,
  place: SchemaPlace,
): void {
  const baseView = readSchema(context.base, base);
  const headView = readSchema(context.head, head);
  const key = `${context.side} ${baseView.pointer} ${headView.pointer}`;
  if (context.seen.has(key)) return;
  context.seen.add(key);

  const pointer = { base: baseView.pointer, head: headView.pointer };
  const where = placeName(place);
  const typeChange = compareTypes(baseView.types, headView.types);
  if (typeChange) recordEvent(context, typeChange.event, pointer, where, typeChange.detail);
  // Past a change of type, the fields of the old and new types are not comparable.
  if (typeChange?.event === "type-changed") return;

  compareEnums(context, baseView, headView, pointer, where);
  compareLimits(context, baseView, headView, pointer, where);
  compareDocumentation(context, baseView, headView, pointer, where);
  compareChildren(context, baseView, headView, place, compareSchemas);
}

function compareEnums(
  context: SchemaDiffContext,
  base: SchemaView,
  head: SchemaView,
  pointer: ChangePointer,
  where: string,
): void {
  if (base.enum === null && head.enum === null) return;
  if (base.enum === null) {
    const detail = `it is now limited to ${listValues(head.enum ?? [])}`;
    return recordEvent(context, "constraint-narrowed", pointer, where, detail);
  }
  if (head.enum === null) {
    return recordEvent(context, "enum-value-added", pointer, where, "any value");
  }

  const headValues = new Set(head.enum.map((value) => JSON.stringify(value)));
  const baseValues = new Set(base.enum.map((value) => JSON.stringify(value)));
  const removed = base.enum.filter((value) => !headValues.has(JSON.stringify(value)));
  const added = head.enum.filter((value) => !baseValues.has(JSON.stringify(value)));
  if (removed.length > 0) {
    recordEvent(context, "enum-value-removed", pointer, where, listValues(removed));
  }
  if (added.length > 0) recordEvent(context, "enum-value-added", pointer, where, listValues(added));
}

function compareLimits(
  context: SchemaDiffContext,
  base: SchemaView,
  head: SchemaView,
  pointer: ChangePointer,
  where: string,
): void {
  for (const limit of LIMITS) {
    const before = base.limits[limit];
    const after = head.limits[limit];
    if (before === after) continue;

    // A lower maximum, or a higher minimum, or a new limit of either kind, accepts less.
    const upper = limit.startsWith("max");
    const tighter =
      after !== undefined && (before === undefined || (upper ? after < before : after > before));
    const detail = `${limit} changed from ${before ?? "none"} to ${after ?? "none"}`;
    recordEvent(
      context,
      tighter ? "constraint-narrowed" : "constraint-widened",
      pointer,
      where,
      detail,
    );
  }
}

function compareDocumentation(
  context: SchemaDiffContext,
  base: SchemaView,
  head: SchemaView,
  pointer: ChangePointer,
  where: string,
): void {
  if (!base.deprecated && head.deprecated) {
    context.log.add(context.subject, "schema-deprecated", pointer, `${where} is now deprecated`);
  }
  if (base.description !== head.description) {
    const message = `the description of ${where} changed`;
    context.log.add(context.subject, "schema-documentation", pointer, message);
  }
}
