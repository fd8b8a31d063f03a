import { describe, expect, it } from "vitest";
import { readFilters } from "./filters.js";
import type { Parameter } from "./parameters.js";

const intro =
  "Filter results using the standard syntax described in [V3 API Standard Collection " +
  "Parameters](https://developer.example/standard-collection-parameters#filtering-results)";
const header = "Filtering is supported for the following fields and operators:";

function filterParameter(description: string, name = "filters"): Parameter[] {
  return [{ name, in: "query", description, schema: { type: "string" }, required: false }];
}

/** Each row: a description, and the fields, composite operators and warnings it must give. */
const cases = [
  {
    name: "the regular form",
    text: `${intro}\n\n${header}\n\n**id**: *eq, in*\n\n**name**: *eq, sw*`,
    fields: { id: ["eq", "in"], name: ["eq", "sw"] },
  },
  {
    name: "trailing spaces",
    text: `${header}  \n\n**enabled**: *eq*      \n\n**triggerId**: *eq*   `,
    fields: { enabled: ["eq"], triggerId: ["eq"] },
  },
  {
    name: "a missing colon",
    text: `${header}\n**status** *eq*`,
    fields: { status: ["eq"] },
  },
  {
    name: "odd spacing inside the line",
    text: `${header}\n**start_time** :   *eq,lt ,  le, gt,ge*`,
    fields: { start_time: ["eq", "lt", "le", "gt", "ge"] },
  },
  {
    name: "dotted fields and the unary operators",
    text: `${header}\n**owner.id**: *eq, pr*\n**lastUsed**: *isnull*`,
    fields: { "owner.id": ["eq", "pr"], lastUsed: ["isnull"] },
  },
  {
    name: "a composite restriction, both spellings",
    text: `${header}\n**a**: *eq*\nSupported composite operators are *and, or*`,
    fields: { a: ["eq"] },
    composite: ["and", "or"],
  },
  {
    name: "the other composite spelling",
    text: `${header}\n**a**: *eq*\nSupported composite operators: *and*`,
    fields: { a: ["eq"] },
    composite: ["and"],
  },
  {
    name: "prose kept as a note and warned about",
    text: `${header}\n**a**: *eq*\nValues with a '+' cannot be filtered.`,
    fields: { a: ["eq"] },
    notes: ["Values with a '+' cannot be filtered."],
    warnings: [/unrecognised text kept as a note: "Values with a '\+' cannot be filtered\."/],
  },
  {
    name: "general prose before the header, which is not a note",
    text: `Keeps the runs that match.\n\n${header}\n\n**status**: *eq*`,
    fields: { status: ["eq"] },
  },
  {
    name: "field lines without the header",
    text: "**status**: *eq*",
    fields: { status: ["eq"] },
  },
  {
    name: "an unknown operator",
    text: `${header}\n**a**: *eq, between*`,
    fields: { a: ["eq"] },
    warnings: [/unknown operator "between" for field a/],
  },
  {
    name: "no field at all",
    text: intro,
    fields: {},
    warnings: [/names no filterable field/],
  },
];

describe("readFilters", () => {
  it.each(cases)("reads $name", ({ text, fields, composite, notes, warnings }) => {
    const filters = readFilters(filterParameter(text));

    expect(filters?.fields).toEqual(fields);
    expect(filters?.composite).toEqual(composite ?? null);
    expect(filters?.notes).toEqual(notes ?? []);
    expect(filters?.warnings).toHaveLength(warnings?.length ?? 0);
    warnings?.forEach((pattern, index) => expect(filters?.warnings[index]).toMatch(pattern));
  });

  it("reads a parameter named filter, and answers null without one", () => {
    expect(readFilters(filterParameter(`${header}\n**a**: *eq*`, "filter"))?.param).toBe("filter");
    expect(readFilters([])).toBeNull();
  });
});
