import { COMPARISON_OPERATORS, LIST_OPERATORS, type FilterExpr } from "./ast.js";
import { InvalidFilterError } from "./errors.js";
import { formatValue } from "./values.js";
import { isFieldPath } from "./words.js";

/** How tightly each kind of node binds: `or` loosest, then `and`, `not`, conditions. */
function precedence(expr: FilterExpr): number {
  if (expr.kind === "or") return 1;
  if (expr.kind === "and") return 2;
  if (expr.kind === "not") return 3;
  return 4;
}

function field(name: string): string {
  if (!isFieldPath(name)) throw new InvalidFilterError("not a field path", name);
  return name;
}

/** The operator of a condition, checked: a tree from elsewhere may hold any string there. */
function operator(expr: { field: string; operator: string }, allowed: readonly string[]): string {
  if (!allowed.includes(expr.operator)) {
    const names = allowed.join(", ");
    throw new InvalidFilterError(
      `operator ${JSON.stringify(expr.operator)} is not one of ${names}`,
      expr.field,
    );
  }
  return expr.operator;
}

/** Writes `expr`, in parentheses unless it binds tighter than `above`. */
function operand(expr: FilterExpr, above: number): string {
  const text = formatFilter(expr);
  return precedence(expr) > above ? text : `(${text})`;
}

/**
 * Writes a tree as canonical filter text: single spaces, lists as `("a", "b")`, strings always
 * quoted and escaped, numbers, booleans and date-times (UTC, RFC 3339) bare, and parentheses
 * only where precedence (`not` > `and` > `or`) or the tree's own grouping needs them. Parsing
 * the result gives back the same tree. Throws an `InvalidFilterError` for a tree that cannot be
 * written.
 */
export function formatFilter(expr: FilterExpr): string {
  switch (expr.kind) {
    case "comparison": {
      const op = operator(expr, COMPARISON_OPERATORS);
      return `${field(expr.field)} ${op} ${formatValue(expr.field, expr.value)}`;
    }
    case "list": {
      const op = operator(expr, LIST_OPERATORS);
      const list: unknown = expr.values;
      if (!Array.isArray(list) || list.length === 0) {
        throw new InvalidFilterError("the list is empty or not a list", expr.field);
      }
      const values = expr.values.map((value) => formatValue(expr.field, value));
      return `${field(expr.field)} ${op} (${values.join(", ")})`;
    }
    case "pr":
      return `pr ${field(expr.field)}`;
    case "isnull":
      return `${field(expr.field)} isnull`;
    case "not":
      return `not ${operand(expr.operand, 2)}`;
    case "and":
    case "or": {
      const level = precedence(expr);
      if (expr.operands.length < 2) {
        throw new InvalidFilterError(`'${expr.kind}' needs at least two operands`);
      }
      return expr.operands.map((child) => operand(child, level)).join(` ${expr.kind} `);
    }
    default: {
      const kind = (expr as { kind?: unknown } | null)?.kind;
      throw new InvalidFilterError(`${JSON.stringify(kind)} is not a kind of filter node`);
    }
  }
}
