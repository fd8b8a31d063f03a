import { describe, expect, it } from "vitest";
import { formatFilter, parseFilter, type FilterExpr } from "../src/index.js";
import { and, cmp, isnull, list, not, or, pr } from "./trees.js";

const a = cmp("a", "eq", 1);
const b = cmp("b", "eq", 2);
const c = cmp("c", "eq", 3);
const jan31 = new Date("2024-01-31T10:00:00Z");

// text, the tree it reads as, and its canonical text when that differs from the text.
const cases: [string, FilterExpr, string?][] = [
  ['status eq "Failed"', cmp("status", "eq", "Failed")],
  ["enabled eq true", cmp("enabled", "eq", true)],
  ["enabled ne false", cmp("enabled", "ne", false)],
  ["count lt 10", cmp("count", "lt", 10)],
  ["count le -2.5", cmp("count", "le", -2.5)],
  ["count gt 1e3", cmp("count", "gt", 1000), "count gt 1000"],
  ["count ge 0", cmp("count", "ge", 0)],
  ['name co "ad"', cmp("name", "co", "ad")],
  ['name sw "Ad"', cmp("name", "sw", "Ad")],
  ["start_time ge 2024-01-31T10:00:00Z", cmp("start_time", "ge", jan31)],
  [
    "start_time ge 2024-01-31T12:00:00+02:00",
    cmp("start_time", "ge", jan31),
    "start_time ge 2024-01-31T10:00:00Z",
  ],
  [
    "start_time lt 2024-01-31t10:00:00.250z",
    cmp("start_time", "lt", new Date("2024-01-31T10:00:00.250Z")),
    "start_time lt 2024-01-31T10:00:00.250Z",
  ],
  ['id in ("a", "b")', list("id", "in", "a", "b")],
  ['id in ("a")', list("id", "in", "a")],
  ['tags ca ("x","y")', list("tags", "ca", "x", "y"), 'tags ca ("x", "y")'],
  ["n in (1, true, 2024-01-31T10:00:00Z)", list("n", "in", 1, true, jan31)],
  ["pr manager", pr("manager")],
  ["lastUsed isnull", isnull("lastUsed")],
  ['owner.id eq "2c9"', cmp("owner.id", "eq", "2c9")],
  ['identity.attributes.dept eq "IT"', cmp("identity.attributes.dept", "eq", "IT")],
  ["pr owner.id", pr("owner.id")],
  ['name eq "say \\"hi\\""', cmp("name", "eq", 'say "hi"')],
  ['path eq "C:\\\\temp"', cmp("path", "eq", "C:\\temp")],
  ['name eq ""', cmp("name", "eq", "")],
  ['name eq "a and b or c"', cmp("name", "eq", "a and b or c")],
  ['name eq "Zoë #1 & 100% + ü"', cmp("name", "eq", "Zoë #1 & 100% + ü")],
  ["a eq 1 and b eq 2", and(a, b)],
  ["a eq 1 or b eq 2", or(a, b)],
  ["a eq 1 and b eq 2 and c eq 3", and(a, b, c)],
  ["a eq 1 or b eq 2 and c eq 3", or(a, and(b, c))],
  ["a eq 1 and b eq 2 or c eq 3", or(and(a, b), c)],
  ["(a eq 1 or b eq 2) and c eq 3", and(or(a, b), c)],
  ["a eq 1 and (b eq 2 and c eq 3)", and(a, and(b, c))],
  ["(a eq 1 and b eq 2)", and(a, b), "a eq 1 and b eq 2"],
  ["((a eq 1))", a, "a eq 1"],
  ["not a eq 1", not(a)],
  ["not a eq 1 and b eq 2", and(not(a), b)],
  ["not (a eq 1 and b eq 2)", not(and(a, b))],
  ["not not pr x", not(not(pr("x")))],
  ["not (not a eq 1)", not(not(a)), "not not a eq 1"],
  ["  a\teq\n1  ", a, "a eq 1"],
  ["a eq 1 and not (b eq 2 or c eq 3)", and(a, not(or(b, c)))],
  ["(a eq 1 or b eq 2) or c eq 3", or(or(a, b), c)],
  ["x_1.y_2 eq 5", cmp("x_1.y_2", "eq", 5)],
  ['AND eq "x"', cmp("AND", "eq", "x")],
];

describe("parseFilter reads each case as its tree, and formatFilter writes it canonically", () => {
  it.each(cases)("%s", (text, tree, canonical) => {
    expect(parseFilter(text)).toEqual(tree);
    expect(formatFilter(tree)).toBe(canonical ?? text);
    expect(parseFilter(formatFilter(tree))).toEqual(tree);
  });
});
