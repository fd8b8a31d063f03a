import { operationMetadata } from "@sailkit/v3";
import { describe, expect, it } from "vitest";
import { validateFilter, validateSorters } from "../src/index.js";

describe("validation with @sailkit/v3's generated metadata", () => {
  it("catches a wrong operator for getWorkflowExecutions before any request", () => {
    expect(
      validateFilter(operationMetadata, "getWorkflowExecutions", 'status ne "Failed"'),
    ).toEqual([
      expect.objectContaining({ code: "operator-not-allowed", position: 7, allowed: ["eq"] }),
    ]);
    expect(
      validateFilter(
        operationMetadata,
        "getWorkflowExecutions",
        "start_time gt 2025-04-01T00:00:00Z",
      ),
    ).toEqual([]);
  });

  it("checks listWorkflows sorters", () => {
    expect(validateSorters(operationMetadata, "listWorkflows", "-modified,name")).toEqual([]);
    expect(validateSorters(operationMetadata, "listWorkflows", "created")).toMatchObject([
      { code: "unknown-field", field: "created" },
    ]);
  });
});
