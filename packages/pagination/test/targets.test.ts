import { describe, expect, it } from "vitest";
import { createPaginator, paginate, PaginationOptionError } from "../src/index.js";
import type { PagingClient } from "../src/index.js";

const client: PagingClient = {
  GET: () => Promise.reject(new Error("no request expected")),
  POST: () => Promise.reject(new Error("no request expected")),
};

describe("targets", () => {
  it.each([
    ["/workflows", "listWorkflows", "offset"],
    ["listWorkflows", "listWorkflows", "offset"],
    ["/workflows/{id}/executions", "getWorkflowExecutions", "offset"],
    ["/search", "searchPost", "search"],
    ["searchPost", "searchPost", "search"],
  ] as const)("%s pages %s in the %s style", (target, operationId, style) => {
    const paged = (
      paginate as (c: PagingClient, t: string, i: object) => { operationId: string; style: string }
    )(client, target, { params: { path: { id: "w" } }, body: {} });

    expect(paged).toMatchObject({ operationId, style });
  });

  it.each([
    ["/workflows/{id}", "does not page"],
    ["createWorkflow", "does not page"],
    ["/nowhere", "is not an operation of the spec"],
  ])("refuses %s at run time too: it %s", (target, problem) => {
    const untyped = paginate as unknown as (c: PagingClient, t: string) => unknown;

    expect(() => untyped(client, target)).toThrow(PaginationOptionError);
    expect(() => untyped(client, target)).toThrow(problem);
  });

  it("asks for the operation id where two paged operations share a path", () => {
    const paging = { style: "offset", maxLimit: null, count: false } as const;
    const paginator = createPaginator()({
      operationMetadata: {
        listA: { operationId: "listA", method: "GET", path: "/things", pagination: paging },
        listB: { operationId: "listB", method: "POST", path: "/things", pagination: paging },
      },
    });
    const untyped = paginator.paginate as unknown as (c: PagingClient, t: string) => unknown;

    expect(() => untyped(client, "/things")).toThrow("give its operation id");
    expect(untyped(client, "listB")).toMatchObject({ operationId: "listB" });
  });
});
