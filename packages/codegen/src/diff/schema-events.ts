import type { ChangeKind } from "./kinds.js";

/** Where a schema is used: sent by the caller (a body or a parameter), or received. */
export type SchemaSide = "request" | "parameter" | "response";

/**
 * What changed in a schema, said without a side: `narrowed` means the head allows fewer
 * values than the base, `widened` more, `changed` neither (the two only overlap).
 */
export type SchemaEvent =
  | "type-narrowed"
  | "type-widened"
  | "type-changed"
  | "constraint-narrowed"
  | "constraint-widened"
  | "enum-value-removed"
  | "enum-value-added"
  | "variant-removed"
  | "variant-added"
  | "property-added-required"
  | "property-added"
  | "property-removed"
  | "property-made-required"
  | "property-made-optional";

/**
 * The kinds of a response: what the caller receives may grow without breaking it (the client
 * tolerates unknown values), but must not shrink or change. Limits are not reported there.
 */
const RESPONSE_KINDS: Record<SchemaEvent, ChangeKind | null> = {
  "type-narrowed": "response-type-narrowed",
  "type-widened": "response-type-changed",
  "type-changed": "response-type-changed",
  "constraint-narrowed": null,
  "constraint-widened": null,
  "enum-value-removed": "response-enum-value-removed",
  "enum-value-added": "response-enum-value-added",
  "variant-removed": "response-variant-removed",
  "variant-added": "response-variant-added",
  "property-added-required": "response-property-added",
  "property-added": "response-property-added",
  "property-removed": "response-property-removed",
  "property-made-required": "response-property-made-required",
  "property-made-optional": "response-property-made-optional",
};

/** The kind of change an event is on a side; `null` when the side does not report it. */
export function kindFor(side: SchemaSide, event: SchemaEvent): ChangeKind | null {
  if (side === "response") return RESPONSE_KINDS[event];

  const named = event === "type-changed" ? "type-narrowed" : event;
  return `${side}-${named}` as const;
}

/** How an event reads in a sentence about the place `where`, with `detail` filled in. */
export function describeEvent(
  side: SchemaSide,
  event: SchemaEvent,
  where: string,
  detail: string,
): string {
  const sends = side !== "response";
  const accepts = sends ? "accepts" : "returns";

  switch (event) {
    case "type-narrowed":
      return sends ? `${where} now accepts only ${detail}` : `${where} is now only ${detail}`;
    case "type-widened":
      return sends ? `${where} now also accepts ${detail}` : `${where} may now be ${detail}`;
    case "type-changed":
      return `${where} now ${accepts} ${detail}`;
    case "constraint-narrowed":
    case "constraint-widened":
      return `${where}: ${detail}`;
    case "enum-value-removed":
      return `${where} no longer ${accepts} ${detail}`;
    case "enum-value-added":
      return sends ? `${where} now also accepts ${detail}` : `${where} may now return ${detail}`;
    case "variant-removed":
      return `${where} no longer ${accepts} the variant ${detail}`;
    case "variant-added":
      return `${where} ${sends ? "now also accepts" : "may now return"} the variant ${detail}`;
    case "property-added-required":
      return sends ? `${where} now requires ${detail}` : `${where} has a new field ${detail}`;
    case "property-added":
      return `${where} has a new optional field ${detail}`;
    case "property-removed":
      return sends ? `${where} no longer accepts ${detail}` : `${where} no longer has ${detail}`;
    case "property-made-required":
      return sends ? `${where} now requires ${detail}` : `${where} now always has ${detail}`;
    case "property-made-optional":
      return sends ? `${where} no longer requires ${detail}` : `${where} may now omit ${detail}`;
  }
}
