import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFilter, matchesFilter, parseFilter, type FilterExpr } from "../src/index.js";
import { tree, value } from "./arbitraries.js";

const runs = { numRuns: 10_000 };
const fields = ["a", "b", "a.x"] as const;
const field = fc.constantFrom(...fields);

const leaf = fc.oneof(value, fc.constant(null), fc.array(value, { maxLength: 3 }));
const subject = fc.record(
  { a: fc.oneof(leaf, fc.record({ x: leaf }, { requiredKeys: [] })), b: leaf },
  { requiredKeys: [] },
);

const matches = (text: string, object: unknown) => matchesFilter(parseFilter(text), object);
const literal = (v: unknown) =>
  formatFilter({ kind: "comparison", operator: "eq", field: "f", value: v as string }).slice(5);

describe("laws of evaluation", () => {
  it("ne is exactly not eq, and isnull exactly not pr", () => {
    fc.assert(
      fc.property(subject, field, value, (object, name, v) => {
        const text = literal(v);
        expect(matches(`${name} ne ${text}`, object)).toBe(!matches(`${name} eq ${text}`, object));
        expect(matches(`${name} isnull`, object)).toBe(!matches(`pr ${name}`, object));
      }),
      runs,
    );
  });

  it("le is lt or eq, ge is gt or eq, and in is eq on any listed value", () => {
    fc.assert(
      fc.property(subject, field, value, value, (object, name, v, w) => {
        const [x, y] = [literal(v), literal(w)];
        const is = (op: string) => matches(`${name} ${op} ${x}`, object);

        expect(is("le")).toBe(is("lt") || is("eq"));
        expect(is("ge")).toBe(is("gt") || is("eq"));
        expect(matches(`${name} in (${x}, ${y})`, object)).toBe(
          matches(`${name} eq ${x} or ${name} eq ${y}`, object),
        );
      }),
      runs,
    );
  });

  it("a tree and its text evaluate alike, and not of an and is the or of the nots", () => {
    fc.assert(
      fc.property(subject, tree, tree, (object, p, q) => {
        const both: FilterExpr = { kind: "and", operands: [p, q] };
        const eitherNot: FilterExpr = {
          kind: "or",
          operands: [
            { kind: "not", operand: p },
            { kind: "not", operand: q },
          ],
        };

        expect(matchesFilter(parseFilter(formatFilter(both)), object)).toBe(
          matchesFilter(both, object),
        );
        expect(matchesFilter({ kind: "not", operand: both }, object)).toBe(
          matchesFilter(eitherNot, object),
        );
      }),
      runs,
    );
  });
});
