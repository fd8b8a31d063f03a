import { describe, expect, it } from "vitest";
import {
  filterKit,
  filtersFor,
  parseFilter,
  sortersFor,
  type MetadataTable,
} from "../src/index.js";
import { metadata } from "./fixtures/metadata.js";
import type { operations } from "./fixtures/schema.js";

const kit = filterKit<operations>()(metadata);

describe("typed builders at run time", () => {
  it("make the same trees and text as the parser", () => {
    const f = kit.filters("getWorkflowExecutions");
    const built = f
      .eq("status", "Failed")
      .and(f.ge("start_time", new Date("2024-01-31T10:00:00Z")))
      .or(f.unchecked.co("workflowName", 'Say "hi"'));

    const text =
      'status eq "Failed" and start_time ge 2024-01-31T10:00:00Z or workflowName co "Say \\"hi\\""';
    expect(String(built)).toBe(text);
    expect(built.expr).toEqual(parseFilter(text));
    expect(kit.validateFilter("getWorkflowExecutions", String(built))).toMatchObject([
      { code: "unknown-field", field: "workflowName" },
    ]);
  });

  it("carry the operation id and the name of its parameter", () => {
    expect(kit.filters("listReports")).toMatchObject({
      operationId: "listReports",
      param: "filter",
    });
    expect(filtersFor(metadata, "listWorkflows").param).toBe("filters");
  });

  it("refuse, at run time too, operations without the parameter", () => {
    const loose: MetadataTable = metadata;
    expect(() => filtersFor(loose, "getWorkflow")).toThrow(/getWorkflow documents no filters/);
    expect(() => filtersFor(loose, "toString")).toThrow(TypeError);
    expect(() => sortersFor(loose, "getWorkflowExecutions")).toThrow(/no sorters/);
  });
});

describe("typed sorters at run time", () => {
  const sorters = kit.sorters("listWorkflows");

  it("write the keys in order, unchecked ones included", () => {
    expect(sorters.by("-modified", "name")).toBe("-modified,name");
    expect(sorters.by("name", sorters.unchecked("-created"))).toBe("name,-created");
    expect(kit.validateSorters("listWorkflows", sorters.by("-modified"))).toEqual([]);
  });

  it("refuse an unchecked key that is not one well-formed key", () => {
    expect(() => sorters.unchecked("a,b")).toThrow(/not one sort key/);
    expect(() => sorters.unchecked("")).toThrow(TypeError);
    expect(() => sorters.unchecked("na me")).toThrow(SyntaxError);
  });
});
