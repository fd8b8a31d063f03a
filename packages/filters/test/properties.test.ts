import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFilter, parseFilter, walkFilter, type FilterExpr } from "../src/index.js";
import { text, tree } from "./arbitraries.js";

const runs = { numRuns: 10_000 };

/** The tree with every string value replaced by its position among the string values. */
function skeleton(expr: FilterExpr): { shape: string; strings: string[] } {
  const strings: string[] = [];
  const hole = (value: unknown) => (typeof value === "string" ? `<${strings.push(value)}>` : value);

  const shape = JSON.stringify(expr, (key, value: unknown) =>
    key === "value" || /^\d+$/.test(key) ? hole(value) : value,
  );
  return { shape, strings };
}

function conditions(expr: FilterExpr): number {
  let count = 0;
  walkFilter(expr, (node) => {
    if (!["and", "or", "not"].includes(node.kind)) count++;
  });
  return count;
}

/** Puts `value` in place of every string value of the tree. */
function fill(expr: FilterExpr, value: string): FilterExpr {
  switch (expr.kind) {
    case "comparison":
      return typeof expr.value === "string" ? { ...expr, value } : expr;
    case "list":
      return { ...expr, values: expr.values.map((v) => (typeof v === "string" ? value : v)) };
    case "and":
    case "or":
      return { ...expr, operands: expr.operands.map((operand) => fill(operand, value)) };
    case "not":
      return { ...expr, operand: fill(expr.operand, value) };
    default:
      return expr;
  }
}

describe("laws of the text form", () => {
  it("format then parse gives back the same tree, for any tree", () => {
    fc.assert(
      fc.property(tree, (expr) => {
        expect(parseFilter(formatFilter(expr))).toEqual(expr);
      }),
      runs,
    );
  });

  it("canonical text is a fixed point: parse then format gives the same text", () => {
    fc.assert(
      fc.property(tree, (expr) => {
        const canonical = formatFilter(expr);
        expect(formatFilter(parseFilter(canonical))).toBe(canonical);
      }),
      runs,
    );
  });

  it("no string value, whatever it contains, adds or changes a clause", () => {
    fc.assert(
      fc.property(tree, text, (template, hostile) => {
        const expr = fill(template, hostile);
        const read = parseFilter(formatFilter(expr));

        expect(conditions(read)).toBe(conditions(template));
        expect(skeleton(read).shape).toBe(skeleton(expr).shape);
        expect(skeleton(read).strings).toEqual(skeleton(expr).strings);
      }),
      runs,
    );
  });

  it("a hostile string in one condition stays that condition's value", () => {
    fc.assert(
      fc.property(text, (hostile) => {
        const expr: FilterExpr = {
          kind: "comparison",
          operator: "eq",
          field: "name",
          value: hostile,
        };
        expect(parseFilter(`${formatFilter(expr)} and admin eq false`)).toEqual({
          kind: "and",
          operands: [expr, { kind: "comparison", operator: "eq", field: "admin", value: false }],
        });
      }),
      runs,
    );
  });
});
