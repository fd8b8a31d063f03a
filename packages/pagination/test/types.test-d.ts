import { createClient } from "@sailkit/client";
import type { components } from "@sailkit/v3";
import { describe, expectTypeOf, it } from "vitest";
import { collect, createPaginator, paginate, type Page } from "../src/index.js";

type Schemas = components["schemas"];

const client = createClient({ baseUrl: "http://127.0.0.1:9", accessToken: "t" });

describe("paginate's types follow the spec", () => {
  it("types the items from the operation's answer, by path and by operation id", () => {
    expectTypeOf(paginate(client, "/workflows")).toEqualTypeOf<
      ReturnType<typeof paginate<"listWorkflows">>
    >();
    expectTypeOf(collect(paginate(client, "/workflows"), 10)).resolves.toEqualTypeOf<
      Schemas["Workflow"][]
    >();
    expectTypeOf(collect(paginate(client, "listWorkflows"), 10)).resolves.toEqualTypeOf<
      Schemas["Workflow"][]
    >();
    const search = paginate(client, "/search", { body: { indices: ["identities"] } });
    expectTypeOf(collect(search, 1)).resolves.toEqualTypeOf<Schemas["IdentityDocument"][]>();
  });

  it("types pages", () => {
    const pages = paginate(client, "getWorkflowExecutions", { params: { path: { id: "w" } } });

    expectTypeOf(pages.pages()).toEqualTypeOf<AsyncIterable<Page<Schemas["WorkflowExecution"]>>>();
  });

  it("rejects an operation that does not page, by path or by id", () => {
    // @ts-expect-error getWorkflow answers one workflow: it does not page
    paginate(client, "/workflows/{id}", { params: { path: { id: "w" } } });
    // @ts-expect-error createWorkflow does not page
    paginate(client, "createWorkflow");
    // @ts-expect-error not an operation at all
    paginate(client, "/workflowz");
  });

  it("rejects the paging parameters, wrong query types, and a missing path or body", () => {
    // @ts-expect-error the paginator sets limit itself
    paginate(client, "/workflows", { params: { query: { limit: 5 } } });
    // @ts-expect-error the paginator sets offset itself
    paginate(client, "/workflows", { params: { query: { offset: 5 } } });
    // @ts-expect-error sorters is a string
    paginate(client, "/workflows", { params: { query: { sorters: 5 } } });
    // @ts-expect-error the path parameter id is required
    paginate(client, "getWorkflowExecutions");
    // @ts-expect-error search needs its body
    paginate(client, "searchPost");
    // @ts-expect-error a GET takes no body
    paginate(client, "/workflows", { body: { name: "x" } });
    // @ts-expect-error the workflow lists take no count
    paginate(client, "/workflows", { params: { query: { count: true } } });
    paginate(client, "/search", { body: {}, params: { query: { count: true } } });
  });

  it("takes options", () => {
    paginate(client, "/workflows", undefined, { pageSize: 50, max: 10, concurrency: 4 });
    // @ts-expect-error pageSize is a number
    paginate(client, "/workflows", {}, { pageSize: "50" });
  });

  it("works over any generated metadata", () => {
    const metadata = {
      listThings: {
        operationId: "listThings",
        method: "GET",
        path: "/things",
        pagination: { style: "offset", maxLimit: 10, count: true },
      },
      getThing: { operationId: "getThing", method: "GET", path: "/things/{id}", pagination: null },
    } as const;
    const things = createPaginator()({ operationMetadata: metadata });

    things.paginate(client, "listThings");
    // @ts-expect-error getThing does not page
    things.paginate(client, "getThing");
  });
});
