/**
 * Every kind of change the diff reports, with its level. Schema changes are named for the
 * side they were found on: `request` (a body the caller sends), `parameter` (judged like a
 * request: accepting less breaks callers) or `response` (what the caller receives: giving
 * less breaks callers, giving more is listed but does not).
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

  "request-type-narrowed": "breaking",
  "request-type-widened": "non-breaking",
  "request-constraint-narrowed": "breaking",
  "request-constraint-widened": "non-breaking",
  "request-enum-value-removed": "breaking",
  "request-enum-value-added": "non-breaking",
  "request-variant-removed": "breaking",
  "request-variant-added": "non-breaking",
  "request-property-added-required": "breaking",
  "request-property-added": "non-breaking",
  "request-property-removed": "breaking",
  "request-property-made-required": "breaking",
  "request-property-made-optional": "non-breaking",

  "parameter-type-narrowed": "breaking",
  "parameter-type-widened": "non-breaking",
  "parameter-constraint-narrowed": "breaking",
  "parameter-constraint-widened": "non-breaking",
  "parameter-enum-value-removed": "breaking",
  "parameter-enum-value-added": "non-breaking",
  "parameter-variant-removed": "breaking",
  "parameter-variant-added": "non-breaking",
  "parameter-property-added-required": "breaking",
  "parameter-property-added": "non-breaking",
  "parameter-property-removed": "breaking",
  "parameter-property-made-required": "breaking",
  "parameter-property-made-optional": "non-breaking",

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
