import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigurationError, createClient } from "../src/index.js";
import { FAST_RETRY, captureLogger, closeTenants, createClock, startTenant } from "./helpers.js";

afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await closeTenants();
});

/** A tenant whose next listWorkflows answers 503 and then a malformed Retry-After. */
async function flakyTenant() {
  const tenant = await startTenant();
  tenant.state.injectFault({ status: 503, operationId: "listWorkflows" });
  tenant.state.injectFault({ status: 429, retryAfter: "soon", operationId: "listWorkflows" });
  return tenant;
}

describe("logging", () => {
  it("logs at warn by default", async () => {
    vi.stubEnv("SAILKIT_LOG", "");
    const logger = captureLogger();
    const client = createClient({ ...(await flakyTenant()), retry: FAST_RETRY, logger });

    await client.listWorkflows();

    expect(logger.lines.map((line) => line.level)).toStrictEqual(["warn"]);
    expect(logger.lines[0]?.message).toBe(
      'GET /v3/workflows: Retry-After "soon" is malformed; backing off',
    );
  });

  it("gives method, path, status, duration and retry waits at debug", async () => {
    const logger = captureLogger();
    const tenant = await flakyTenant();
    const client = createClient({ ...tenant, retry: FAST_RETRY, logLevel: "debug", logger });
    await client.listWorkflows();

    const lines = logger.lines.filter((line) => line.level !== "warn").slice(1);

    expect(lines.map((line) => line.message.replace(/\d+ ms/g, "N ms"))).toStrictEqual([
      "GET /v3/workflows 503 in N ms",
      "GET /v3/workflows answered 503; retry 1 of 2 in N ms",
      "GET /v3/workflows 429 in N ms (attempt 2)",
      "GET /v3/workflows answered 429; retry 2 of 2 in N ms",
      "GET /v3/workflows 200 in N ms (attempt 3)",
    ]);
    expect(lines[0]?.fields).toMatchObject({ method: "GET", path: "/v3/workflows", status: 503 });
    expect(lines[0]?.fields?.["durationMs"]).toBeTypeOf("number");
    expect(lines[1]?.fields).toMatchObject({ attempt: 1, waitMs: expect.any(Number) as number });
  });

  it.each([
    { env: "debug", option: undefined, levels: ["debug", "info", "warn"] },
    { env: "error", option: undefined, levels: [] },
    { env: "debug", option: "warn", levels: ["warn"] },
    { env: "", option: "off", levels: [] },
    { env: "", option: "info", levels: ["info", "warn"] },
  ] as const)("takes SAILKIT_LOG=$env with logLevel $option", async ({ env, option, levels }) => {
    vi.stubEnv("SAILKIT_LOG", env);
    const logger = captureLogger();
    const tenant = await flakyTenant();
    const client = createClient({ ...tenant, retry: FAST_RETRY, logLevel: option, logger });

    await client.listWorkflows();

    expect([...new Set(logger.lines.map((line) => line.level))].sort()).toStrictEqual(levels);
  });

  it("refuses a level it does not know, naming where it was set", () => {
    vi.stubEnv("SAILKIT_LOG", "verbose");

    const attempt = () => createClient({ baseUrl: "http://127.0.0.1:9", accessToken: "t" });

    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow('SAILKIT_LOG is "verbose": use off, error, warn, info, debug');
  });

  it("writes to standard error by default", async () => {
    vi.stubEnv("SAILKIT_LOG", "");
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const client = createClient({ ...(await flakyTenant()), retry: FAST_RETRY });

    await client.listWorkflows();

    expect(write).toHaveBeenCalledWith(
      'sailkit warn: GET /v3/workflows: Retry-After "soon" is malformed; backing off\n',
    );
  });

  it("never logs, throws or shows a secret or a token", async () => {
    const clock = createClock();
    const tenant = await startTenant({ now: clock.now });
    const logger = captureLogger();
    const client = createClient({ ...tenant, logLevel: "debug", logger, throwOnError: true });
    await client.listWorkflows();
    clock.advance(3_600_000);
    await client.listWorkflows();
    const tokens = [...tenant.state.tokens.keys()];
    const echo = `<p>client_secret=${tenant.clientSecret} Bearer ${tokens.join(" ")}</p>`;
    tenant.state.injectFault({ status: 400, text: echo, contentType: "text/html" });
    const failure = await client.listWorkflows().catch((error: unknown) => error);

    const shown = [logger.text(), inspect(failure, { depth: 9 }), inspect(client), String(client)];

    expect(tokens).toHaveLength(2);
    expect(logger.lines.length).toBeGreaterThan(4);
    for (const secret of [tenant.clientSecret, ...tokens]) {
      expect(shown.join("\n")).not.toContain(secret);
    }
  });
});
