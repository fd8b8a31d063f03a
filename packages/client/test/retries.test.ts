import { afterEach, describe, expect, it } from "vitest";
import { ConnectionError, createClient } from "../src/index.js";
import {
  FAST_RETRY,
  closeTenants,
  newWorkflow,
  since,
  startTenant,
  statusesOf,
} from "./helpers.js";

afterEach(closeTenants);

describe("retries", () => {
  it("retries a 429 with Retry-After: 1 once, after at least a second", async () => {
    const tenant = await startTenant();
    const client = createClient(tenant);
    await client.listWorkflows();
    tenant.state.injectFault({ status: 429, retryAfter: 1, operationId: "listWorkflows" });

    const started = performance.now();
    const answer = await client.listWorkflows();

    expect(since(started)).toBeGreaterThanOrEqual(1_000);
    expect(answer.response.status).toBe(200);
    expect(statusesOf(tenant, "listWorkflows")).toStrictEqual([200, 429, 200]);
  });

  it("takes Retry-After as an HTTP date (a past one means now)", async () => {
    const tenant = await startTenant();
    // Backoff would wait a second or more: a quick retry shows the date was read.
    const client = createClient({ ...tenant, retry: { baseDelay: 2_000 } });
    const past = new Date(Date.now() - 60_000).toUTCString();
    tenant.state.injectFault({ status: 429, retryAfter: past, operationId: "listWorkflows" });

    const started = performance.now();
    const answer = await client.listWorkflows();

    expect(answer.response.status).toBe(200);
    expect(since(started)).toBeLessThan(500);
  });

  it("caps a long Retry-After at maxWait", async () => {
    const tenant = await startTenant();
    const client = createClient({ ...tenant, retry: { maxWait: 50 }, logLevel: "off" });
    tenant.state.injectFault({ status: 429, retryAfter: 3600, operationId: "listWorkflows" });

    const started = performance.now();
    const answer = await client.listWorkflows();

    expect(answer.response.status).toBe(200);
    expect(since(started)).toBeGreaterThanOrEqual(45);
    expect(since(started)).toBeLessThan(1_000);
  });

  it("stops at the attempt limit and answers the last failure", async () => {
    const tenant = await startTenant();
    const client = createClient({
      ...tenant,
      retry: { ...FAST_RETRY, attempts: 2 },
      logLevel: "off",
    });
    tenant.state.injectFault({ status: 503, operationId: "listWorkflows", times: 5 });

    const answer = await client.listWorkflows();

    expect(answer.response.status).toBe(503);
    expect(answer.error).toMatchObject({ detailCode: "503 Service Unavailable" });
    expect(statusesOf(tenant, "listWorkflows")).toStrictEqual([503, 503]);
  });

  it("does not retry a POST after a 5xx, unless the call says it is idempotent", async () => {
    const tenant = await startTenant({ workflows: [] });
    const client = createClient({ ...tenant, retry: FAST_RETRY, logLevel: "off" });
    tenant.state.injectFault({ status: 502, operationId: "createWorkflow", times: 2 });

    const refused = await client.createWorkflow({ body: newWorkflow });
    const retried = await client.createWorkflow({ body: newWorkflow, idempotent: true });

    expect(refused.response.status).toBe(502);
    expect(retried.response.status).toBe(200);
    expect(retried.data?.name).toBe(newWorkflow.name);
    expect(statusesOf(tenant, "createWorkflow")).toStrictEqual([502, 502, 200]);
    expect(tenant.state.workflows.size).toBe(1);
  });

  it("retries a POST after a 429, which the tenant refused unread", async () => {
    const tenant = await startTenant({ workflows: [] });
    const client = createClient({ ...tenant, retry: FAST_RETRY });
    tenant.state.injectFault({ status: 429, retryAfter: 0, operationId: "createWorkflow" });

    const created = await client.createWorkflow({ body: newWorkflow });

    expect(created.data?.definition).toStrictEqual(newWorkflow.definition);
    expect(statusesOf(tenant, "createWorkflow")).toStrictEqual([429, 200]);
  });

  it("replays bodies: a PATCH opted in arrives whole after a 500", async () => {
    const tenant = await startTenant();
    const client = createClient({ ...tenant, retry: FAST_RETRY, logLevel: "off" });
    const [id = ""] = tenant.state.workflows.keys();
    tenant.state.injectFault({ status: 500, operationId: "patchWorkflow" });

    const patched = await client.patchWorkflow({
      params: { path: { id } },
      body: [{ op: "replace", path: "/description", value: "Patched twice" }],
      idempotent: true,
    });

    expect(patched.data?.description).toBe("Patched twice");
    expect(statusesOf(tenant, "patchWorkflow")).toStrictEqual([500, 200]);
  });

  it("replays bodies of the real Request that middleware gets, too", async () => {
    const tenant = await startTenant({ workflows: [] });
    const client = createClient({ ...tenant, retry: FAST_RETRY });
    client.use({ onRequest: ({ request }) => new Request(request, { headers: request.headers }) });
    tenant.state.injectFault({ status: 429, retryAfter: 0, operationId: "createWorkflow" });

    const created = await client.createWorkflow({ body: newWorkflow });

    expect(created.data?.name).toBe(newWorkflow.name);
    expect(statusesOf(tenant, "createWorkflow")).toStrictEqual([429, 200]);
  });

  it("retries a GET after a dropped connection, but not a POST", async () => {
    const tenant = await startTenant({ workflows: [] });
    const client = createClient({ ...tenant, retry: FAST_RETRY, logLevel: "off" });
    tenant.state.injectFault({ drop: true, operationId: "listWorkflows" });
    tenant.state.injectFault({ drop: true, operationId: "createWorkflow" });

    const listed = await client.listWorkflows();
    const failure = await client.createWorkflow({ body: newWorkflow }).catch((e: unknown) => e);

    expect(listed.response.status).toBe(200);
    expect(failure).toBeInstanceOf(ConnectionError);
    expect(failure).toMatchObject({ method: "POST", path: "/v3/workflows", attempts: 1 });
    expect(statusesOf(tenant, "createWorkflow")).toStrictEqual([0]);
  });

  it("retries any method when the connection was refused, then names the failure", async () => {
    const tenant = await startTenant();
    await tenant.close();
    const client = createClient({
      ...tenant,
      accessToken: "t",
      clientId: undefined,
      clientSecret: undefined,
      retry: FAST_RETRY,
      logLevel: "off",
    });

    const failure = await client.createWorkflow({ body: newWorkflow }).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ConnectionError);
    expect(failure).toMatchObject({ attempts: 3 });
    expect(String(failure)).toMatch(
      /POST \/v3\/workflows got no answer: fetch failed \(ECONNREFUSED\)/,
    );
  });
});
