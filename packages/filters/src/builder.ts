import type { FilterExpr, FilterValue, ListOperator } from "./ast.js";
import { formatFilter } from "./format.js";

/** A non-empty list of values, as `in` and `ca` take. */
export type ValueList<V> = readonly [V, ...V[]];

/**
 * A built filter: its tree (`expr`) and its canonical text (`text`, also `String(filter)` and
 * `JSON.stringify`). Pass the text as the `filters` query parameter: openapi-fetch encodes it
 * once, and refuses the object itself. A `Filter` always holds a tree that can be written: the
 * constructor writes it, and throws an `InvalidFilterError` if it cannot.
 */
export class Filter {
  /** The canonical filter text of `expr`. */
  readonly text: string;

  constructor(readonly expr: FilterExpr) {
    this.text = formatFilter(expr);
  }

  /** This filter and all the others. */
  and(...others: Filter[]): Filter {
    return combine("and", [this, ...others]);
  }

  /** This filter or any of the others. */
  or(...others: Filter[]): Filter {
    return combine("or", [this, ...others]);
  }

  /** The canonical filter text. */
  toString(): string {
    return this.text;
  }

  /** The canonical filter text, so that `JSON.stringify` writes what the service reads. */
  toJSON(): string {
    return this.text;
  }
}

/** Joins filters under one `and` or `or`, lifting the operands of nested ones of the same kind. */
function combine(kind: "and" | "or", filters: readonly Filter[]): Filter {
  const operands = filters.flatMap(({ expr }) => (expr.kind === kind ? expr.operands : [expr]));
  return operands.length === 1 ? filters[0]! : new Filter({ kind, operands });
}

function compare(operator: "eq" | "ne" | "lt" | "le" | "gt" | "ge" | "co" | "sw") {
  return (field: string, value: FilterValue): Filter =>
    new Filter({ kind: "comparison", operator, field, value });
}

function list(operator: ListOperator) {
  return (field: string, values: ValueList<FilterValue>): Filter =>
    new Filter({ kind: "list", operator, field, values: [...values] });
}

/**
 * Builds filters on any field with any operator: `filter.eq("status", "Failed")`,
 * `filter.in("id", ["a", "b"])`, `filter.pr("manager")`, combined with `.and`, `.or`,
 * `filter.and(...)`, `filter.or(...)` and `filter.not(...)`. Each condition is checked as it is
 * made: an unwritable field or value throws an `InvalidFilterError` at once.
 */
export const filter = {
  eq: compare("eq"),
  ne: compare("ne"),
  lt: compare("lt"),
  le: compare("le"),
  gt: compare("gt"),
  ge: compare("ge"),
  co: compare("co"),
  sw: compare("sw"),
  in: list("in"),
  ca: list("ca"),
  pr: (field: string): Filter => new Filter({ kind: "pr", field }),
  isnull: (field: string): Filter => new Filter({ kind: "isnull", field }),
  and: (first: Filter, ...rest: Filter[]): Filter => first.and(...rest),
  or: (first: Filter, ...rest: Filter[]): Filter => first.or(...rest),
  not: (operand: Filter): Filter => new Filter({ kind: "not", operand: operand.expr }),
  from: (expr: FilterExpr): Filter => new Filter(expr),
};

/** The type of `filter`, the builder for any field and operator. */
export type FilterBuilder = typeof filter;
