/**
 * The expression tree of a SailPoint `filters` expression. Trees are plain, immutable data:
 * `parseFilter` makes them, `formatFilter` writes them, `matchesFilter` evaluates them, and the
 * builders produce the very same shapes.
 */

/** The comparison operators that take one value: `field op value`. */
export const COMPARISON_OPERATORS = ["eq", "ne", "lt", "le", "gt", "ge", "co", "sw"] as const;

/** The operators that take a parenthesised list: `field in ("a", "b")`. */
export const LIST_OPERATORS = ["in", "ca"] as const;

/** Every operator that a field can be documented with, in the order the service lists them. */
export const FIELD_OPERATORS = [
  ...COMPARISON_OPERATORS,
  ...LIST_OPERATORS,
  "pr",
  "isnull",
] as const;

/** The logical operators, from loosest to tightest binding. */
export const COMPOSITE_OPERATORS = ["or", "and", "not"] as const;

/** An operator written between a field and one value. */
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** An operator written between a field and a list of values. */
export type ListOperator = (typeof LIST_OPERATORS)[number];

/** Any operator a field can be documented with: comparisons, lists, `pr` and `isnull`. */
export type FieldOperator = (typeof FIELD_OPERATORS)[number];

/** `and`, `or` or `not`. */
export type CompositeOperator = (typeof COMPOSITE_OPERATORS)[number];

/**
 * A literal value: a string (always written quoted), a finite number, a boolean, or a date-time
 * (a valid `Date`, written bare in RFC 3339 form). The language has no null literal.
 */
export type FilterValue = string | number | boolean | Date;

/** `field op value`, for `eq ne lt le gt ge co sw`. */
export interface ComparisonNode {
  readonly kind: "comparison";
  readonly operator: ComparisonOperator;
  readonly field: string;
  readonly value: FilterValue;
}

/** `field in (v, ...)` or `field ca (v, ...)`; the list is never empty. */
export interface ListNode {
  readonly kind: "list";
  readonly operator: ListOperator;
  readonly field: string;
  readonly values: readonly FilterValue[];
}

/** `pr field`: the field is present (not missing, not null). */
export interface PresentNode {
  readonly kind: "pr";
  readonly field: string;
}

/** `field isnull`: the field is missing or null. */
export interface IsNullNode {
  readonly kind: "isnull";
  readonly field: string;
}

/** `a and b and ...`: two or more operands, none of them itself an `and` when parsed. */
export interface AndNode {
  readonly kind: "and";
  readonly operands: readonly FilterExpr[];
}

/** `a or b or ...`: two or more operands, none of them itself an `or` when parsed. */
export interface OrNode {
  readonly kind: "or";
  readonly operands: readonly FilterExpr[];
}

/** `not x`. */
export interface NotNode {
  readonly kind: "not";
  readonly operand: FilterExpr;
}

/** A condition on one field. */
export type ConditionNode = ComparisonNode | ListNode | PresentNode | IsNullNode;

/** Any node of a filter expression. */
export type FilterExpr = ConditionNode | AndNode | OrNode | NotNode;

/** Calls `visit` on every node of the tree, parents before children. */
export function walkFilter(expr: FilterExpr, visit: (node: FilterExpr) => void): void {
  visit(expr);

  if (expr.kind === "and" || expr.kind === "or") {
    for (const operand of expr.operands) walkFilter(operand, visit);
  } else if (expr.kind === "not") {
    walkFilter(expr.operand, visit);
  }
}
