import type { Located } from "./located.js";
import {
  placeName,
  recordEvent,
  stepInto,
  type SchemaDiffContext,
  type SchemaPlace,
} from "./schema-context.js";
import { readSchema, type SchemaView } from "./schema-view.js";

/** The comparison of two schemas, handed in so that the walk can recurse. */
export type CompareSchemas = (
  context: SchemaDiffContext,
  base: Located,
  head: Located,
  place: SchemaPlace,
) => void;

/**
 * Compares what two object or array schemas hold: fields (added, removed, made required or
 * optional, then each field's schema), array items, map values and `oneOf`/`anyOf` variants.
 * Fields the side never sees are skipped: `readOnly` ones in what the caller sends,
 * `writeOnly` ones in what it receives.
 */
export function compareChildren(
  context: SchemaDiffContext,
  base: SchemaView,
  head: SchemaView,
  place: SchemaPlace,
  compare: CompareSchemas,
): void {
  compareFields(context, base, head, place, compare);

  if (base.items && head.items) compare(context, base.items, head.items, stepInto(place, "[]"));
  if (base.additional && head.additional) {
    compare(context, base.additional, head.additional, stepInto(place, "*"));
  }

  for (const [name, variant] of base.variants) {
    const counterpart = head.variants.get(name);
    if (counterpart) compare(context, variant, counterpart, stepInto(place, `(${name})`));
    else
      recordVariant(context, "variant-removed", { base: variant.pointer, head: null }, place, name);
  }
  for (const [name, variant] of head.variants) {
    if (base.variants.has(name)) continue;
    recordVariant(context, "variant-added", { base: null, head: variant.pointer }, place, name);
  }
}

function compareFields(
  context: SchemaDiffContext,
  base: SchemaView,
  head: SchemaView,
  place: SchemaPlace,
  compare: CompareSchemas,
): void {
  const visible = (view: SchemaView, name: string): Located | undefined => {
    const field = view.properties.get(name);
    if (!field) return undefined;

    const schema = readSchema(view === base ? context.base : context.head, field);
    const hidden = context.side === "response" ? schema.writeOnly : schema.readOnly;
    return hidden ? undefined : field;
  };

  for (const name of base.properties.keys()) {
    const before = visible(base, name);
    if (!before) continue;

    const field = stepInto(place, name);
    const detail = `the field ${field.path}`;
    const after = visible(head, name);
    if (!after) {
      const pointer = { base: before.pointer, head: null };
      recordEvent(context, "property-removed", pointer, place.root, detail);
      continue;
    }

    const pointer = { base: before.pointer, head: after.pointer };
    const wasRequired = base.required.has(name);
    const isRequired = head.required.has(name);
    if (!wasRequired && isRequired) {
      recordEvent(context, "property-made-required", pointer, place.root, detail);
    }
    if (wasRequired && !isRequired) {
      recordEvent(context, "property-made-optional", pointer, place.root, detail);
    }
    compare(context, before, after, field);
  }

  for (const name of head.properties.keys()) {
    const after = visible(head, name);
    if (!after || visible(base, name)) continue;

    const event = head.required.has(name) ? "property-added-required" : "property-added";
    const detail = `the field ${stepInto(place, name).path}`;
    recordEvent(context, event, { base: null, head: after.pointer }, place.root, detail);
  }
}

function recordVariant(
  context: SchemaDiffContext,
  event: "variant-removed" | "variant-added",
  pointer: { base: string | null; head: string | null },
  place: SchemaPlace,
  name: string,
): void {
  recordEvent(context, event, pointer, placeName(place), name);
}
