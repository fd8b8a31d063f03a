import { describe, expect, it } from "vitest";
import { SorterSyntaxError, formatSorters, parseSorters, type Sorter } from "../src/index.js";
import { caught } from "./caught.js";

const cases: [string, Sorter[]][] = [
  ["", []],
  ["name", [{ field: "name", direction: "asc" }]],
  [
    "-modified,name",
    [
      { field: "modified", direction: "desc" },
      { field: "name", direction: "asc" },
    ],
  ],
  [
    "identity.name,-id",
    [
      { field: "identity.name", direction: "asc" },
      { field: "id", direction: "desc" },
    ],
  ],
];

const malformed: [string, number, string][] = [
  ["name,", 5, "the end of the text"],
  [",name", 0, "','"],
  ["a,,b", 2, "','"],
  ["-", 1, "the end of the text"],
  ["--name", 1, "'-'"],
  ["name, id", 5, "' '"],
  ["1name", 0, "'1'"],
  ["owner..id", 6, "'.'"],
  ["owner.", 6, "the end of the text"],
  ["+name", 0, "'+'"],
];

describe("sorters", () => {
  it.each(cases)("%j reads and writes back", (text, sorters) => {
    expect(parseSorters(text)).toEqual(sorters);
    expect(formatSorters(sorters)).toBe(text);
  });

  it.each(malformed)("%j is refused at %i", (text, position, found) => {
    const error = caught(() => parseSorters(text)) as SorterSyntaxError;

    expect(error).toBeInstanceOf(SorterSyntaxError);
    expect(error.position).toBe(position);
    expect(error.found).toBe(found);
    expect(error.message).toContain(`at position ${position}`);
  });

  it("refuses to write a field that is not a field path", () => {
    expect(() => formatSorters([{ field: "a,b", direction: "asc" }])).toThrow(TypeError);
    expect(() => formatSorters([{ field: "", direction: "desc" }])).toThrow(/not a sort field/);
  });
});
