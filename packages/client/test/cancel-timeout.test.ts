import { afterEach, describe, expect, it } from "vitest";
import { RateLimitError, TimeoutError, createClient } from "../src/index.js";
import { closeTenants, since, startTenant, statusesOf } from "./helpers.js";

afterEach(closeTenants);

describe("cancellation", () => {
  it("ends a retry wait the moment the call's signal aborts", async () => {
    const tenant = await startTenant();
    const client = createClient({ ...tenant, logLevel: "off" });
    await client.listWorkflows();
    tenant.state.injectFault({ status: 429, retryAfter: 1, operationId: "listWorkflows" });
    const controller = new AbortController();

    const started = performance.now();
    const call = client.listWorkflows({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error("changed my mind")), 50);

    await expect(call).rejects.toThrow("changed my mind");
    expect(since(started)).toBeLessThan(600);
    expect(statusesOf(tenant, "listWorkflows")).toStrictEqual([200, 429]);
  });

  it("sends nothing for a signal that has already aborted", async () => {
    const tenant = await startTenant();
    const client = createClient(tenant);

    await expect(client.listWorkflows({ signal: AbortSignal.abort() })).rejects.toThrow(/abort/i);
    expect(statusesOf(tenant, "listWorkflows")).toStrictEqual([]);
    expect(tenant.state.tokenRequests).toBe(0);
  });
});

/** A tenant, and a token of it, so that timeout tests time their calls and not a token. */
async function tenantWithToken() {
  const tenant = await startTenant();
  await createClient(tenant).listWorkflows();
  const [accessToken = ""] = tenant.state.tokens.keys();
  return { tenant, options: { baseUrl: tenant.baseUrl, accessToken } };
}

describe("timeouts", () => {
  it("ends a slow call with a TimeoutError at the client's timeout", async () => {
    const { tenant, options } = await tenantWithToken();
    const client = createClient({ ...options, timeout: 100 });
    tenant.state.injectFault({ delayMs: 1_000, operationId: "listWorkflows" });

    const started = performance.now();
    const failure = await client.listWorkflows().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(TimeoutError);
    expect(failure).toMatchObject({ method: "GET", path: "/v3/workflows", timeoutMs: 100 });
    expect(String(failure)).toBe("TimeoutError: GET /v3/workflows timed out after 100 ms");
    expect(since(started)).toBeGreaterThanOrEqual(95);
    expect(since(started)).toBeLessThan(600);
  });

  it("lets one call set its own timeout, over the client's", async () => {
    const { tenant, options } = await tenantWithToken();
    const client = createClient({ ...options, timeout: 50 });
    tenant.state.injectFault({ delayMs: 150, operationId: "listWorkflows", times: 2 });

    const patient = await client.GET("/workflows", { timeout: 2_000 });
    const hasty = await client.GET("/workflows", { timeout: 20 }).catch((error: unknown) => error);

    expect(patient.response.status).toBe(200);
    expect(hasty).toBeInstanceOf(TimeoutError);
    expect(hasty).toMatchObject({ timeoutMs: 20 });
  });

  it("answers a 429 at once when its Retry-After would pass the timeout", async () => {
    const { tenant, options } = await tenantWithToken();
    const client = createClient({ ...options, timeout: 500, throwOnError: true, logLevel: "off" });
    tenant.state.injectFault({ status: 429, retryAfter: 5, operationId: "listWorkflows" });

    const started = performance.now();
    const failure = await client.listWorkflows().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(RateLimitError);
    expect(failure).toMatchObject({ status: 429, retryAfterMs: 5_000 });
    expect(since(started)).toBeLessThan(400);
  });

  it.each([-1, Number.NaN, Infinity])("refuses a timeout of %s", (timeout) => {
    expect(() =>
      createClient({ baseUrl: "http://127.0.0.1:9", accessToken: "t", timeout }),
    ).toThrow(/timeout must be a number of milliseconds, 0 or more/);
  });
});
