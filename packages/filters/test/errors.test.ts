import { describe, expect, it } from "vitest";
import {
  FilterSyntaxError,
  formatFilter,
  InvalidFilterError,
  parseFilter,
  type FilterExpr,
} from "../src/index.js";
import { caught } from "./caught.js";

// text, the offset of the error, and words its message must carry.
const cases: [string, number, string][] = [
  ["status eq Failed", 10, "strings must be double-quoted"],
  ["status eq failed and x eq 1", 10, "found 'failed'"],
  ['status EQ "Failed"', 7, "write 'eq'"],
  ['a eq 1 AND b eq "x"', 7, "write 'and'"],
  ['a eq 1 Or b eq "x"', 7, "write 'or'"],
  ["enabled eq True", 11, "write 'true'"],
  ['name eq "abc', 12, "the string that opens at 8 is not closed"],
  ['name eq "abc\\"', 14, "not closed"],
  ['name eq "a\\n"', 10, "found '\\n'"],
  ["a eq 1 and", 10, "Expected a condition"],
  ["a eq 1 or", 9, "found the end of the text"],
  ["not", 3, "Expected a condition"],
  ["a eq", 4, "Expected a value"],
  ["a eq 1 and and b eq 2", 11, "found 'and'"],
  ["pr", 2, "a field after 'pr'"],
  ["a isnull b", 9, "'and', 'or' or the end of the text"],
  ["a", 1, "Expected an operator"],
  ["a b", 2, "after the field 'a'"],
  ["", 0, "Expected a condition"],
  ["(a eq 1", 7, "'and', 'or' or ')'"],
  ["a eq 1)", 6, "found ')'"],
  ["()", 1, "Expected a condition"],
  ['id in "a"', 6, "'(' after 'in'"],
  ['id in ("a",)', 11, "Expected a value"],
  ["id in ()", 7, "Expected a value"],
  ['id in ("a" "b")', 11, "',' or ')' in the list"],
  ['id in ("a"', 10, "',' or ')' in the list"],
  ['id ca ("a",, "b")', 11, "found ','"],
  ["a eq 01", 5, "not a number nor an RFC 3339 date-time"],
  ["d gt 2024-01-31", 5, "not a number nor an RFC 3339 date-time"],
  ["d gt 2024-02-30T10:00:00Z", 5, "found '2024-02-30T10:00:00Z'"],
  ["d gt 2024-01-31T10:00:60Z", 5, "date-time"],
  ["a eq 1e999", 5, "not a number"],
  ['owner..id eq "x"', 0, "Expected a field path"],
  ["pr owner.", 3, "Expected a field path"],
  ['id in ("x" "' + "y".repeat(50) + '")', 11, '"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy..."'],
  ['owner. eq "x"', 0, "a field path (names of letters, digits and '_' joined by single dots)"],
  ["eq eq 1", 0, "found 'eq'"],
  ['a eq "x" # b', 9, "found '#'"],
  ["a == 1", 2, "found '='"],
  ['a eq "x" && b eq 1', 9, "found '&': write 'and'"],
  ['NOT a eq "x"', 4, "after the field 'NOT' at position 4, found 'a': write 'not'"],
  ["PR manager", 3, "write 'pr'"],
  ["a eq 'x'", 5, "between double quotes"],
  ["-a eq 1", 0, "Expected a condition"],
  ["a eq -", 5, "found '-'"],
  ["a eq null", 5, "strings must be double-quoted"],
  [`${"(".repeat(300)}a eq 1${")".repeat(300)}`, 256, "at most 256 levels"],
  ["not ".repeat(300) + "a eq 1", 1024, "at most 256 levels"],
];

describe("parseFilter refuses malformed text at the offset of the first problem", () => {
  it.each(cases)("%s", (text, position, words) => {
    const error = caught(() => parseFilter(text)) as FilterSyntaxError;

    expect(error).toBeInstanceOf(FilterSyntaxError);
    expect(error.position).toBe(position);
    expect(error.message).toContain(words);
  });

  it("says what was expected where and what was found, in fields a program can read", () => {
    const error = caught(() => parseFilter("status eq Failed")) as FilterSyntaxError;

    expect(error.name).toBe("FilterSyntaxError");
    expect(error.expected).toMatch(/^a value .* after 'eq'$/);
    expect(error.found).toBe("'Failed'");
    expect(error.message).toBe(
      "Expected a value (a quoted string, number, boolean or date-time) after 'eq'" +
        " at position 10, found 'Failed': strings must be double-quoted",
    );
  });
});

describe("trees from elsewhere", () => {
  it.each([
    [{ kind: "comparison", field: "enabled", operator: "eq true or triggerId eq", value: "x" }],
    [{ kind: "comparison", field: "a", operator: "bogus", value: 1 }],
    [{ kind: "list", field: "a", operator: "in", values: 1 }],
    [{ kind: "list", field: "a", operator: "eq", values: ["x"] }],
    [{ kind: "whatever" }],
  ])("cannot be written when they are not filters: %o", (tree) => {
    expect(() => formatFilter(tree as unknown as FilterExpr)).toThrow(InvalidFilterError);
  });

  it("parseFilter refuses what is not text, with a position", () => {
    expect(() => parseFilter(undefined as unknown as string)).toThrow(FilterSyntaxError);
  });
});
