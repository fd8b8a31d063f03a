import { operationMetadata, type paths } from "@sailkit/v3";
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";
import { closeTenants, newWorkflow, startTenant, statusesOf } from "./helpers.js";

afterEach(closeTenants);

describe("calls by operation name", () => {
  it("has a function for every operation of @sailkit/v3", () => {
    const client = createClient({ baseUrl: "http://127.0.0.1:9", accessToken: "t" });
    const names = Object.keys(operationMetadata);

    expect(names).toEqual(expect.arrayContaining(["listWorkflows", "patchWorkflow"]));
    for (const name of names) expect(Reflect.get(client, name)).toBeTypeOf("function");
  });

  it("calls each operation's path with its method", async () => {
    const tenant = await startTenant({ workflows: [] });
    const client = createClient({ ...tenant, throwOnError: true });

    const { data: created } = await client.createWorkflow({ body: newWorkflow });
    const id = created.id ?? "";
    const { data: patched } = await client.patchWorkflow({
      params: { path: { id } },
      body: [{ op: "replace", path: "/name", value: "Renamed" }],
    });
    const { data: listed } = await client.listWorkflows({ params: { query: { limit: 5 } } });
    const { data: runs } = await client.getWorkflowExecutions({ params: { path: { id } } });
    await client.deleteWorkflow({ params: { path: { id } } });

    expect(patched.name).toBe("Renamed");
    expect(listed.map((workflow) => workflow.id)).toStrictEqual([id]);
    expect(runs).toStrictEqual([]);
    expect(tenant.state.requests.slice(1).map((request) => request.operationId)).toStrictEqual([
      "createWorkflow",
      "patchWorkflow",
      "listWorkflows",
      "getWorkflowExecutions",
      "deleteWorkflow",
    ]);
  });

  it("takes the operations of the spec module it is given", async () => {
    const tenant = await startTenant();
    const spec = {
      operationMetadata: {
        fetchFlows: { method: "GET", path: "/workflows", requestMediaTypes: [] },
        use: { method: "GET", path: "/workflows", requestMediaTypes: [] },
      },
    } as const;
    const client = createClient<paths, typeof spec.operationMetadata>({ ...tenant, spec });

    const answer = await client.fetchFlows();

    expect(answer.data).toHaveLength(3);
    expect("listWorkflows" in client).toBe(false);
    expect(Reflect.get(client, "use")).toBeTypeOf("function");
    expect(statusesOf(tenant, "listWorkflows")).toStrictEqual([200]);
  });

  it("shows only the tenant when inspected, whatever the calls", () => {
    const client = createClient({ tenant: "acme", accessToken: "a-token-value" });

    expect(String(client)).toBe("SailClient(https://acme.api.identitynow.com)");
    expect(JSON.stringify(Object.keys(client))).not.toContain("a-token-value");
  });
});
