import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { AuthenticationError, createClient } from "../src/index.js";
import { captureLogger, closeTenants, createClock, startTenant, statusesOf } from "./helpers.js";

afterEach(closeTenants);

describe("tokens", () => {
  it("asks for one token when 20 calls start after the cached one expired", async () => {
    const tenant = await startTenant({ tokenTtlSeconds: 1 });
    const client = createClient(tenant);
    await client.listWorkflows();

    // A 1 s token is refreshed halfway through its life: after 600 ms it counts as expired.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const answers = await Promise.all(Array.from({ length: 20 }, () => client.listWorkflows()));

    expect(answers.every((answer) => answer.response.status === 200)).toBe(true);
    expect(tenant.state.tokenRequests).toBe(2);
  });

  it("renews once and replays when 20 calls meet a token the tenant calls expired", async () => {
    const clock = createClock();
    const tenant = await startTenant({ now: clock.now });
    const client = createClient(tenant);
    await client.listWorkflows();

    clock.advance(60 * 60 * 1000);
    const answers = await Promise.all(Array.from({ length: 20 }, () => client.listWorkflows()));

    expect(answers.map((answer) => answer.response.status)).toStrictEqual(Array(20).fill(200));
    expect(tenant.state.tokenRequests).toBe(2);
    expect(statusesOf(tenant, "listWorkflows").filter((status) => status === 401)).toHaveLength(20);
  });

  it("replays a 401 only once: a token refused twice gives the 401", async () => {
    const tenant = await startTenant();
    const client = createClient(tenant);
    tenant.state.injectFault({ status: 401, operationId: "listWorkflows", times: 2 });

    const answer = await client.listWorkflows();

    expect(answer.response.status).toBe(401);
    expect(tenant.state.tokenRequests).toBe(2);
  });

  it("asks a token function again after a 401", async () => {
    const tenant = await startTenant();
    const good = await createClient(tenant).listWorkflows();
    const tokens = ["stale-token", [...tenant.state.tokens.keys()][0] ?? ""];
    const asked: string[] = [];
    const client = createClient({
      baseUrl: tenant.baseUrl,
      accessToken: () => {
        const token = tokens[Math.min(asked.length, 1)] ?? "";
        asked.push(token);
        return token;
      },
    });

    const answer = await client.listWorkflows();

    expect(good.response.status).toBe(200);
    expect(answer.response.status).toBe(200);
    expect(asked).toHaveLength(2);
  });

  it("fails a wrong secret with a clear 401 showing neither the secret nor a token", async () => {
    const tenant = await startTenant();
    const secret = "wrong-secret-value-123";
    const logger = captureLogger();
    const client = createClient({
      baseUrl: tenant.baseUrl,
      clientId: tenant.clientId,
      clientSecret: secret,
      logLevel: "debug",
      logger,
    });

    const failure = await client.listWorkflows().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AuthenticationError);
    expect(failure).toMatchObject({ status: 401, code: "invalid_client" });
    expect(String(failure)).toBe(
      `AuthenticationError: Token request to ${tenant.baseUrl}/oauth/token answered 401 ` +
        "(invalid_client: Bad credentials); check the client id and secret",
    );
    const shown = [inspect(failure, { depth: 5 }), inspect(client), logger.text()].join("\n");
    expect(shown).not.toContain(secret);
    expect(shown).not.toContain(tenant.clientSecret);
    expect(statusesOf(tenant, "listWorkflows")).toStrictEqual([]);
  });

  it("shares one token request; a caller that aborts stops waiting alone", async () => {
    const tenant = await startTenant();
    tenant.state.injectFault({ delayMs: 150, operationId: "oauthToken" });
    const client = createClient(tenant);
    const controller = new AbortController();

    const aborted = client.listWorkflows({ signal: controller.signal });
    const patient = client.listWorkflows();
    controller.abort();

    await expect(aborted).rejects.toThrow(/aborted/);
    expect((await patient).response.status).toBe(200);
    expect(tenant.state.tokenRequests).toBe(1);
  });
});
