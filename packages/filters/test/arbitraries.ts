// fast-check generators of fields, values and whole trees, for the property tests.
import fc from "fast-check";
import type { FilterExpr, FilterValue } from "../src/index.js";

const KEYWORDS = new Set(["eq", "ne", "lt", "le", "gt", "ge", "co", "sw", "in", "ca", "pr"]);
["isnull", "and", "or", "not", "true", "false"].forEach((word) => KEYWORDS.add(word));

const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/);

/** Dotted field paths that are not keywords. */
export const field = fc
  .array(name, { minLength: 1, maxLength: 3 })
  .map((names) => names.join("."))
  .filter((path) => !KEYWORDS.has(path));

/** Pieces that would change a filter's meaning if a string value were not quoted right. */
const hostile = fc.constantFrom(
  '"',
  "\\",
  '\\"',
  '\\\\"',
  " ",
  "(",
  ")",
  ",",
  " or ",
  " and ",
  "not ",
  "pr ",
  " eq ",
  'x" or admin eq true or name eq "',
  "#",
  "%",
  "&",
  "+",
  "%22",
  "\n",
  "ü",
  "😀",
  "\u0000",
);

/** Any string: arbitrary code points, or strings made of hostile pieces. */
export const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.array(hostile, { maxLength: 8 }).map((pieces) => pieces.join("")),
);

/** Finite numbers other than -0 (which is written, and read back, as 0). */
const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);

/** Dates that RFC 3339 can write: years 0000 to 9999. */
const date = fc.date({
  min: new Date("0000-01-01T00:00:00.000Z"),
  max: new Date("9999-12-31T23:59:59.999Z"),
  noInvalidDate: true,
});

/** Any value a filter can hold. */
export const value: fc.Arbitrary<FilterValue> = fc.oneof(text, number, fc.boolean(), date);

/** Conditions on one field. */
export const condition: fc.Arbitrary<FilterExpr> = fc.oneof(
  fc.record({
    kind: fc.constant("comparison" as const),
    operator: fc.constantFrom("eq", "ne", "lt", "le", "gt", "ge", "co", "sw"),
    field,
    value,
  }),
  fc.record({
    kind: fc.constant("list" as const),
    operator: fc.constantFrom("in", "ca"),
    field,
    values: fc.array(value, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constantFrom("pr" as const, "isnull" as const), field }),
);

/** Whole trees, nested to any depth fast-check chooses, with any grouping of `and` / `or`. */
export const tree: fc.Arbitrary<FilterExpr> = fc.letrec<{ node: FilterExpr }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    condition,
    fc.record({
      kind: fc.constantFrom("and" as const, "or" as const),
      operands: fc.array(tie("node"), { minLength: 2, maxLength: 4 }),
    }),
    fc.record({ kind: fc.constant("not" as const), operand: tie("node") }),
  ),
})).node;
