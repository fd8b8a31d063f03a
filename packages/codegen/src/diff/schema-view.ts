import type { OpenApiDocument } from "../openapi-types.js";
import { asObject, child, follow, refName, type Located } from "./located.js";

/** The numeric limits the diff compares; `max*` limits narrow when they fall. */
export const LIMITS = [
  "maximum",
  "maxLength",
  "maxItems",
  "maxProperties",
  "minimum",
  "minLength",
  "minItems",
  "minProperties",
] as const;

/** One of {@link LIMITS}. */
export type Limit = (typeof LIMITS)[number];

/** What the diff reads of one schema, with `$ref`s followed and `allOf` members merged. */
export interface SchemaView {
  /** Where the schema itself lives, after its `$ref`s. */
  pointer: string;
  /** The JSON types it allows (`null` included when nullable); `null` allows any. */
  types: Set<string> | null;
  enum: unknown[] | null;
  properties: Map<string, Located>;
  required: Set<string>;
  items: Located | null;
  additional: Located | null;
  /** `oneOf` / `anyOf` members, by `$ref` name or by position (`#0`, `#1`, ...). */
  variants: Map<string, Located>;
  limits: Partial<Record<Limit, number>>;
  description: string | null;
  deprecated: boolean;
  readOnly: boolean;
  writeOnly: boolean;
}

/**
 * Reads a located schema. `allOf` members are merged into one view (their properties and
 * required lists joined); a member already being merged is skipped, so cycles end.
 */
export function readSchema(
  document: OpenApiDocument,
  start: Located,
  merging: Set<string> = new Set(),
): SchemaView {
  const at = follow(document, start);
  const schema = asObject(at.value);
  const view = ownView(at, schema);
  merging.add(at.pointer);

  const members = Array.isArray(schema["allOf"]) ? schema["allOf"] : [];
  for (const [index] of members.entries()) {
    const member = follow(document, child(at, "allOf", index));
    if (merging.has(member.pointer)) continue;
    merge(view, readSchema(document, member, merging));
  }

  return view;
}

function ownView(at: Located, schema: Record<string, unknown>): SchemaView {
  const properties = new Map(
    Object.keys(asObject(schema["properties"])).map((name) => [
      name,
      child(at, "properties", name),
    ]),
  );
  const limits: Partial<Record<Limit, number>> = {};
  for (const limit of LIMITS) {
    if (typeof schema[limit] === "number") limits[limit] = schema[limit];
  }

  return {
    pointer: at.pointer,
    types: readTypes(schema),
    enum: Array.isArray(schema["enum"]) ? (schema["enum"] as unknown[]) : null,
    properties,
    required: new Set(Array.isArray(schema["required"]) ? (schema["required"] as string[]) : []),
    items: schema["items"] === undefined ? null : child(at, "items"),
    additional:
      typeof schema["additionalProperties"] === "object" ? child(at, "additionalProperties") : null,
    variants: readVariants(at, schema),
    limits,
    description: typeof schema["description"] === "string" ? schema["description"] : null,
    deprecated: schema["deprecated"] === true,
    readOnly: schema["readOnly"] === true,
    writeOnly: schema["writeOnly"] === true,
  };
}

function readTypes(schema: Record<string, unknown>): Set<string> | null {
  const declared = schema["type"];
  let types: string[] | null = null;
  if (typeof declared === "string") types = [declared];
  else if (Array.isArray(declared)) types = declared.filter((type) => typeof type === "string");
  else if (schema["properties"] !== undefined) types = ["object"];
  else if (schema["items"] !== undefined) types = ["array"];

  if (types && schema["nullable"] === true) types.push("null");
  return types ? new Set(types) : null;
}

function readVariants(at: Located, schema: Record<string, unknown>): Map<string, Located> {
  const keyword = Array.isArray(schema["oneOf"]) ? "oneOf" : "anyOf";
  const members = Array.isArray(schema[keyword]) ? (schema[keyword] as unknown[]) : [];

  return new Map(
    members.map((member, index) => [refName(member) ?? `#${index}`, child(at, keyword, index)]),
  );
}

function merge(view: SchemaView, member: SchemaView): void {
  if (member.types) {
    view.types = view.types
      ? new Set([...view.types].filter((type) => member.types?.has(type)))
      : member.types;
  }
  for (const [name, property] of member.properties) {
    if (!view.properties.has(name)) view.properties.set(name, property);
  }
  for (const name of member.required) view.required.add(name);

  view.enum ??= member.enum;
  view.items ??= member.items;
  view.additional ??= member.additional;
  view.limits = { ...member.limits, ...view.limits };
  view.description ??= member.description;
  view.deprecated ||= member.deprecated;
  if (view.variants.size === 0) view.variants = member.variants;
}
