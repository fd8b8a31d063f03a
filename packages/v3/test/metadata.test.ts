import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { operationMetadata } from "../src/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The 18 Workflows operations of SailPoint's reference, with method and path. */
const workflowOperations = [
  ["listWorkflows", "GET", "/workflows"],
  ["createWorkflow", "POST", "/workflows"],
  ["getWorkflow", "GET", "/workflows/{id}"],
  ["putWorkflow", "PUT", "/workflows/{id}"],
  ["patchWorkflow", "PATCH", "/workflows/{id}"],
  ["deleteWorkflow", "DELETE", "/workflows/{id}"],
  ["testWorkflow", "POST", "/workflows/{id}/test"],
  ["getWorkflowExecutions", "GET", "/workflows/{id}/executions"],
  ["getWorkflowExecution", "GET", "/workflow-executions/{id}"],
  ["getWorkflowExecutionHistory", "GET", "/workflow-executions/{id}/history"],
  ["cancelWorkflowExecution", "POST", "/workflow-executions/{id}/cancel"],
  ["listCompleteWorkflowLibrary", "GET", "/workflow-library"],
  ["listWorkflowLibraryActions", "GET", "/workflow-library/actions"],
  ["listWorkflowLibraryTriggers", "GET", "/workflow-library/triggers"],
  ["listWorkflowLibraryOperators", "GET", "/workflow-library/operators"],
  ["createWorkflowExternalTrigger", "POST", "/workflows/{id}/external/oauth-clients"],
  ["createExternalExecuteWorkflow", "POST", "/workflows/execute/external/{id}"],
  ["testExternalExecuteWorkflow", "POST", "/workflows/execute/external/{id}/test"],
] as const;

/** The search operation, paged by `searchAfter`. */
const searchOperation = ["searchPost", "POST", "/search"];

describe("@sailkit/v3 operation metadata", () => {
  it("describes exactly the 18 Workflows operations and search", () => {
    const described = Object.values(operationMetadata).map((op) => [
      op.operationId,
      op.method,
      op.path,
    ]);

    expect(described).toHaveLength(19);
    expect(described).toEqual(
      expect.arrayContaining([...workflowOperations.map((row) => [...row]), searchOperation]),
    );
  });

  it("tags searchPost with Search, and pages it by searchAfter up to 10,000 a page", () => {
    expect(operationMetadata.searchPost.tags).toEqual(["Search"]);
    expect(operationMetadata.searchPost.pagination).toEqual({
      style: "search",
      maxLimit: 10_000,
      count: true,
    });
  });

  it.each(workflowOperations)("tags %s with Workflows", (id) => {
    expect(operationMetadata[id].tags).toEqual(["Workflows"]);
  });

  it("names JSON Patch as the media type of patchWorkflow", () => {
    expect(operationMetadata.patchWorkflow.requestMediaTypes).toEqual([
      "application/json-patch+json",
    ]);
    expect(operationMetadata.createWorkflow.requestMediaTypes).toEqual(["application/json"]);
  });
});

describe("openapi/", () => {
  it("validates as OpenAPI 3.0 with no errors and no warnings", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      path.join(root, "scripts/validate-spec.mjs"),
      path.join(root, "openapi/v3.yaml"),
    ]);

    expect(stdout).toMatch(/spec OK: 19 operations, no warnings/);
  });
});
