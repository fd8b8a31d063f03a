import type { paths } from "@sailkit/v3";
import { describe, expectTypeOf, it } from "vitest";
import { createClient } from "../src/index.js";

const client = createClient({ baseUrl: "http://127.0.0.1:9", accessToken: "t" });
const throwing = createClient({
  baseUrl: "http://127.0.0.1:9",
  accessToken: "t",
  throwOnError: true,
});
const id = "d201c5e9-d37b-4aff-af14-66414f39d569";

describe("calls by name are typed exactly like calls by path", () => {
  it("answers the same types for the same arguments", () => {
    const query = { params: { query: { limit: 5, sorters: "-name" } } };
    const patch = {
      params: { path: { id } },
      body: [{ op: "replace" as const, path: "/enabled", value: true }],
    };

    expectTypeOf(client.listWorkflows(query)).toEqualTypeOf(client.GET("/workflows", query));
    expectTypeOf(client.listWorkflows()).toEqualTypeOf(client.GET("/workflows"));
    expectTypeOf(client.patchWorkflow(patch)).toEqualTypeOf(client.PATCH("/workflows/{id}", patch));
    expectTypeOf(client.getWorkflowExecutions({ params: { path: { id } } })).toEqualTypeOf(
      client.GET("/workflows/{id}/executions", { params: { path: { id } } }),
    );
    expectTypeOf(throwing.getWorkflow({ params: { path: { id } } })).toEqualTypeOf(
      throwing.GET("/workflows/{id}", { params: { path: { id } } }),
    );
  });

  it("refuses the same mistakes", () => {
    // @ts-expect-error: the path parameter is required
    void client.getWorkflowExecutions();
    // @ts-expect-error: the path parameter is required
    void client.GET("/workflows/{id}/executions");
    // @ts-expect-error: limit is a number
    void client.listWorkflows({ params: { query: { limit: "ten" } } });
    // @ts-expect-error: limit is a number
    void client.GET("/workflows", { params: { query: { limit: "ten" } } });
    // @ts-expect-error: "shout" is not a JSON Patch operation
    void client.patchWorkflow({ params: { path: { id } }, body: [{ op: "shout", path: "/a" }] });
    expectTypeOf(client).not.toHaveProperty("listWorkflowz");
  });

  it("types the options of one call", () => {
    void client.listWorkflows({ timeout: 1_000, retry: { attempts: 2 }, idempotent: false });
    void client.createWorkflow({ body: { name: "w" }, idempotent: true });
    // @ts-expect-error: a timeout is a number of milliseconds
    void client.listWorkflows({ timeout: "1s" });
    // @ts-expect-error: attempts is a number
    void client.GET("/workflows", { retry: { attempts: "3" } });
  });

  it("narrows results to their data when errors throw", () => {
    type Thrown = Awaited<ReturnType<typeof throwing.listWorkflows>>;
    type Plain = Awaited<ReturnType<typeof client.listWorkflows>>;

    expectTypeOf<Thrown["data"]>().toEqualTypeOf<NonNullable<Plain["data"]>>();
    expectTypeOf<Thrown["error"]>().toEqualTypeOf<undefined>();
    expectTypeOf<Plain["error"]>().not.toEqualTypeOf<undefined>();
  });

  it("follows the spec module and types it is given", () => {
    const spec = {
      operationMetadata: {
        fetchFlows: { method: "GET", path: "/workflows", requestMediaTypes: [] },
        nowhere: { method: "GET", path: "/nowhere", requestMediaTypes: [] },
      },
    } as const;
    const custom = createClient<paths, typeof spec.operationMetadata>({
      baseUrl: "http://127.0.0.1:9",
      accessToken: "t",
      spec,
    });

    expectTypeOf(custom.fetchFlows()).toEqualTypeOf(custom.GET("/workflows"));
    expectTypeOf(custom.nowhere).toBeNever();
    expectTypeOf(custom).not.toHaveProperty("listWorkflows");
  });
});
