import { describe, expect, it } from "vitest";
import type { Parameter } from "./parameters.js";
import { readSorters } from "./sorters.js";

function sorterParameter(description: string): Parameter[] {
  return [{ name: "sorters", in: "query", description, schema: {}, required: false }];
}

const lead = "Sorting is supported for the following fields:";

describe("readSorters", () => {
  it.each([
    {
      text: `Sort results using the standard syntax.\n\n${lead} **modified, name**`,
      fields: ["modified", "name"],
    },
    { text: `${lead} **name**\n`, fields: ["name"] },
    { text: `Orders the results.\n${lead} **name, created**`, fields: ["name", "created"] },
    { text: `${lead}  **id ,name,  owner.id**  `, fields: ["id", "name", "owner.id"] },
    { text: `${lead} **a**, **b**`, fields: ["a", "b"] },
    { text: `Sorting is supported for the following fields **created**`, fields: ["created"] },
  ])("reads $fields from $text", ({ text, fields }) => {
    const sorters = readSorters(sorterParameter(text));

    expect(sorters?.fields).toEqual(fields);
    expect(sorters?.warnings).toEqual([]);
  });

  it("keeps other prose as a note with a warning", () => {
    const sorters = readSorters(sorterParameter(`${lead} **name**\nDescending is slow.`));

    expect(sorters?.notes).toEqual(["Descending is slow."]);
    expect(sorters?.warnings[0]).toMatch(/Descending is slow/);
  });
});
