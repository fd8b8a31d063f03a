import { describe, expect, it } from "vitest";
import { caught } from "./caught.js";
import {
  Filter,
  InvalidFilterError,
  filter as f,
  formatFilter,
  parseFilter,
} from "../src/index.js";

const start = new Date("2024-01-31T10:00:00Z");

// a built filter, and the text it must equal (as a tree, and as canonical text).
const cases: [string, Filter, string][] = [
  ["eq", f.eq("status", "Failed"), 'status eq "Failed"'],
  ["ne", f.ne("enabled", false), "enabled ne false"],
  [
    "lt le gt ge",
    f.lt("a", 1).and(f.le("b", 2), f.gt("c", 3), f.ge("d", 4)),
    "a lt 1 and b le 2 and c gt 3 and d ge 4",
  ],
  ["co sw", f.co("name", "x").or(f.sw("name", "y")), 'name co "x" or name sw "y"'],
  ["in ca", f.in("id", ["a", "b"]).and(f.ca("tags", ["t"])), 'id in ("a", "b") and tags ca ("t")'],
  ["pr isnull", f.pr("manager").or(f.isnull("lastUsed")), "pr manager or lastUsed isnull"],
  ["date", f.ge("start_time", start), "start_time ge 2024-01-31T10:00:00Z"],
  ["chained and", f.eq("a", 1).and(f.eq("b", 2)).and(f.eq("c", 3)), "a eq 1 and b eq 2 and c eq 3"],
  [
    "and of ands",
    f.and(f.eq("a", 1).and(f.eq("b", 2)), f.eq("c", 3)),
    "a eq 1 and b eq 2 and c eq 3",
  ],
  [
    "or under and",
    f.and(f.or(f.eq("a", 1), f.eq("b", 2)), f.eq("c", 3)),
    "(a eq 1 or b eq 2) and c eq 3",
  ],
  ["not", f.not(f.eq("a", 1).and(f.eq("b", 2))), "not (a eq 1 and b eq 2)"],
  ["not condition", f.not(f.pr("x")).and(f.eq("y", true)), "not pr x and y eq true"],
  ["one operand", f.and(f.eq("a", 1)), "a eq 1"],
  [
    "hostile string",
    f.eq("name", '" or admin eq true or name eq "'),
    'name eq "\\" or admin eq true or name eq \\""',
  ],
  [
    "from a tree",
    f.from(parseFilter("a eq 1 or b eq 2")).and(f.eq("c", 3)),
    "(a eq 1 or b eq 2) and c eq 3",
  ],
];

describe("the builder makes the trees the parser reads", () => {
  it.each(cases)("%s", (_name, built, text) => {
    expect(built).toBeInstanceOf(Filter);
    expect(built.expr).toEqual(parseFilter(text));
    expect(built.text).toBe(text);
    expect(String(built)).toBe(text);
    expect(formatFilter(built.expr)).toBe(text);
    expect(JSON.stringify({ filters: built })).toBe(JSON.stringify({ filters: text }));
  });

  it("refuses, where they are given, values and fields the language cannot write", () => {
    const bad: [() => unknown, string | undefined][] = [
      [() => f.eq("a", Number.NaN), "a"],
      [() => f.gt("a", Number.POSITIVE_INFINITY), "a"],
      [() => f.ge("when", new Date(Number.NaN)), "when"],
      [() => f.ge("when", new Date("+010000-01-01T00:00:00Z")), "when"],
      [() => f.eq("and", 1), "and"],
      [() => f.eq("owner..id", 1), "owner..id"],
      [() => f.eq("", 1), ""],
      [() => f.in("id", [] as unknown as ["a"]), "id"],
      [() => f.eq("a", null as unknown as string), "a"],
      [() => f.from({ kind: "or", operands: [] }), undefined],
    ];

    for (const [make, field] of bad) {
      const error = caught(make);
      expect(error).toBeInstanceOf(InvalidFilterError);
      expect((error as InvalidFilterError).field).toBe(field);
      expect((error as InvalidFilterError).message).toMatch(/^Cannot write /);
    }
  });

  it("writes -0 as 0, and a date with milliseconds with them", () => {
    expect(String(f.eq("n", -0))).toBe("n eq 0");
    expect(String(f.lt("t", new Date("2024-01-31T10:00:00.007Z")))).toBe(
      "t lt 2024-01-31T10:00:00.007Z",
    );
  });
});
