import type { ComparisonOperator, FilterExpr, FilterValue } from "./ast.js";
import { parseDateTime } from "./datetime.js";
import { resolvePath } from "./path.js";

type Order = -1 | 0 | 1 | undefined;

/** The comparisons evaluated directly; `ne` is evaluated as `not eq`. */
type Positive = Exclude<ComparisonOperator, "ne">;

/** The instant a field value stands for, when it is a `Date` or an RFC 3339 string. */
function instant(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  return typeof value === "string" ? parseDateTime(value)?.getTime() : undefined;
}

function sign(difference: number): Order {
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/**
 * How a field value orders against a literal: dates by instant, numbers by value, strings by
 * code units after lower-casing both, booleans only as equal or not. `undefined` when the two
 * cannot be compared (different kinds, a missing value).
 */
function compare(actual: unknown, literal: FilterValue): Order {
  if (literal instanceof Date) {
    const time = instant(actual);
    return time === undefined ? undefined : sign(time - literal.getTime());
  }

  if (typeof literal === "number" && typeof actual === "number") return sign(actual - literal);
  if (typeof literal === "boolean" && typeof actual === "boolean") {
    return actual === literal ? 0 : undefined;
  }
  if (typeof literal !== "string" || typeof actual !== "string") return undefined;

  const [a, b] = [actual.toLowerCase(), literal.toLowerCase()];
  return a < b ? -1 : a > b ? 1 : 0;
}

function holds(operator: Positive, actual: unknown, literal: FilterValue): boolean {
  if (operator === "co" || operator === "sw") {
    if (typeof actual !== "string" || typeof literal !== "string") return false;
    const [a, b] = [actual.toLowerCase(), literal.toLowerCase()];
    return operator === "co" ? a.includes(b) : a.startsWith(b);
  }

  const order = compare(actual, literal);
  if (order === undefined) return false;
  const results = { eq: order === 0, lt: order < 0, le: order <= 0, gt: order > 0, ge: order >= 0 };
  return results[operator];
}

/** Whether one value, or any element of an array value, satisfies `operator literal`. */
function anyHolds(operator: Positive, actual: unknown, literal: FilterValue): boolean {
  const candidates = Array.isArray(actual) ? (actual as unknown[]) : [actual];
  return candidates.some((candidate) => holds(operator, candidate, literal));
}

/**
 * Whether a plain object satisfies a filter, with the semantics the package README describes:
 * strings compare without regard to case, dates by instant whether the object holds `Date`s or
 * RFC 3339 strings, array fields match when any element does (`ca`: when every listed value is
 * among the elements), `ne` is exactly `not eq`, `isnull` exactly `not pr`.
 */
export function matchesFilter(expr: FilterExpr, object: unknown): boolean {
  switch (expr.kind) {
    case "and":
      return expr.operands.every((operand) => matchesFilter(operand, object));
    case "or":
      return expr.operands.some((operand) => matchesFilter(operand, object));
    case "not":
      return !matchesFilter(expr.operand, object);
    case "pr":
    case "isnull": {
      const value = resolvePath(object, expr.field);
      return (value === undefined || value === null) === (expr.kind === "isnull");
    }
    case "comparison": {
      const actual = resolvePath(object, expr.field);
      if (expr.operator === "ne") return !anyHolds("eq", actual, expr.value);
      return anyHolds(expr.operator, actual, expr.value);
    }
    case "list": {
      const actual = resolvePath(object, expr.field);
      if (expr.operator === "in") return expr.values.some((v) => anyHolds("eq", actual, v));
      return Array.isArray(actual) && expr.values.every((v) => anyHolds("eq", actual, v));
    }
  }
}
