/**
 * Every kind of change the diff reports, with its level. A schema change is reported for the
 * side it was found on: `request` (a body the caller sends), `parameter` (judged like a
 * request) or `response` (what the caller receives).
 */
export const CHANGE_KINDS = {
  "operation-added": "non-breaking",
  "operation-removed": "breaking",
  "operation-id-renamed": "breaking",
  "path-parameter-renamed": "breaking",
  "operation-deprecated": "non-breaking",
  "operation-undeprecated": "info",
  "operation-documentation": "info",

  "parameter-added-required": "breaking",
  "parameter-added": "non-breaking",
  "parameter-removed": "breaking",
  "parameter-made-required": "breaking",
  "parameter-made-optional": "non-breaking",
  "parameter-deprecated": "non-breaking",
  "parameter-documentation": "info",

  "request-body-added-required": "breaking",
  "request-body-added": "non-breaking",
  "request-body-removed": "breaking",
  "request-body-made-required": "breaking",
  "request-body-made-optional": "non-breaking",
  "request-media-type-added": "non-breaking",
  "request-media-type-removed": "breaking",

  "response-status-added": "non-breaking",
  "response-status-removed": "breaking",
  "response-error-status-added": "info",
  "response-error-status-removed": "info",
  "response-media-type-added": "non-breaking",
  "response-media-type-removed": "breaking",

  ...sideKinds("request", "breaking"),
  ...sideKinds("parameter", "breaking"),
  "response-type-changed": "breaking",
  "response-type-narrowed": "non-breaking",
  "response-enum-value-added": "non-breaking",
  "response-enum-value-removed": "non-breaking",
  "response-variant-added": "non-breaking",
  "response-variant-removed": "non-breaking",
  "response-property-added": "non-breaking",
  "response-property-removed": "breaking",
  "response-property-made-optional": "breaking",
  "response-property-made-required": "non-breaking",

  "schema-deprecated": "non-breaking",
  "schema-documentation": "info",
  "spec-documentation": "info",
  "spec-changed": "info",
} as const;

/** The name of a kind of change. */
export type ChangeKind = keyof typeof CHANGE_KINDS;

/** A side that is judged as input: the caller sends it, so accepting less breaks callers. */
export type InputSide = "request" | "parameter";

/** Where a schema is used: sent by the caller, or received. */
export type SchemaSide = InputSide | "response";

function sideKinds<Side extends InputSide>(side: Side, narrower: "breaking") {
  return {
    [`${side}-type-narrowed`]: narrower,
    [`${side}-type-widened`]: "non-breaking",
    [`${side}-constraint-narrowed`]: narrower,
    [`${side}-constraint-widened`]: "non-breaking",
    [`${side}-enum-value-removed`]: narrower,
    [`${side}-enum-value-added`]: "non-breaking",
    [`${side}-variant-removed`]: narrower,
    [`${side}-variant-added`]: "non-breaking",
    [`${side}-property-added-required`]: narrower,
    [`${side}-property-added`]: "non-breaking",
    [`${side}-property-removed`]: narrower,
    [`${side}-property-made-required`]: narrower,
    [`${side}-property-made-optional`]: "non-breaking",
  } as Record<`${Side}-${InputKindSuffix}`, "breaking" | "non-breaking">;
}

type InputKindSuffix =
  | `${"type" | "constraint"}-${"narrowed" | "widened"}`
  | `${"enum-value" | "variant"}-${"removed" | "added"}`
  | `property-${"added-required" | "added" | "removed" | "made-required" | "made-optional"}`;
