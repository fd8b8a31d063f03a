// Small constructors for expected trees, so that the tables read like the text they parse.
import type { ComparisonOperator, FilterExpr, FilterValue, ListOperator } from "../src/index.js";

export const cmp = (
  field: string,
  operator: ComparisonOperator,
  value: FilterValue,
): FilterExpr => ({
  kind: "comparison",
  operator,
  field,
  value,
});

export const list = (
  field: string,
  operator: ListOperator,
  ...values: FilterValue[]
): FilterExpr => ({
  kind: "list",
  operator,
  field,
  values,
});

export const pr = (field: string): FilterExpr => ({ kind: "pr", field });
export const isnull = (field: string): FilterExpr => ({ kind: "isnull", field });
export const and = (...operands: FilterExpr[]): FilterExpr => ({ kind: "and", operands });
export const or = (...operands: FilterExpr[]): FilterExpr => ({ kind: "or", operands });
export const not = (operand: FilterExpr): FilterExpr => ({ kind: "not", operand });
