import { inspect } from "node:util";
import { startMockTenant, type MockTenant } from "@sailkit/fixtures";
import { afterEach, describe, expect, it } from "vitest";
import { AuthenticationError, createClient } from "../src/index.js";

const tenants: MockTenant[] = [];
afterEach(async () => {
  await Promise.all(tenants.splice(0).map((tenant) => tenant.close()));
});

async function tenant(options?: Parameters<typeof startMockTenant>[0]) {
  const started = await startMockTenant(options);
  tenants.push(started);
  return started;
}

const newWorkflow = {
  name: "Notify manager",
  description: "Emails the manager when an identity changes",
  owner: { type: "IDENTITY" as const, id: "2c9180835d2e5168015d32f890ca1581", name: "Ada" },
  trigger: {
    type: "EVENT" as const,
    attributes: { id: "idn:identity-attributes-changed" },
  },
  definition: {
    start: "Send Email",
    steps: {
      "Send Email": {
        actionId: "sp:send-email",
        attributes: { "recipientId.$": "$.trigger.identity.id", subject: "Changed" },
        nextStep: "success",
        type: "action",
      },
      success: { type: "success" },
    },
  },
};

describe("createClient against a mock tenant over loopback", () => {
  it("authenticates with client credentials and makes typed calls under /v3", async () => {
    const mock = await tenant();
    const client = createClient(mock);

    const created = await client.POST("/workflows", { body: newWorkflow });
    const listed = await client.GET("/workflows", { params: { query: { limit: 10 } } });

    expect(created.response.status).toBe(200);
    expect(created.data?.enabled).toBe(false);
    expect(listed.data?.map((workflow) => workflow.id)).toContain(created.data?.id);
    expect(new URL(listed.response.url).pathname).toBe("/v3/workflows");
  });

  it("asks for one token however many calls wait for it, and reuses it", async () => {
    const mock = await tenant();
    const client = createClient(mock);

    await Promise.all(Array.from({ length: 8 }, () => client.GET("/workflows")));
    await client.GET("/workflow-library/operators");

    expect(mock.state.tokenRequests).toBe(1);
  });

  it("fetches a new token once the cached one is about to expire", async () => {
    const mock = await tenant({ tokenTtlSeconds: 1 });
    const client = createClient(mock);

    await client.GET("/workflows");
    await client.GET("/workflows");
    const beforeExpiry = mock.state.tokenRequests;
    await new Promise((resolve) => setTimeout(resolve, 600));
    await client.GET("/workflows");

    expect(beforeExpiry).toBe(1);
    expect(mock.state.tokenRequests).toBe(2);
  });

  it("sends PATCH bodies as application/json-patch+json, as the spec says", async () => {
    const mock = await tenant();
    const client = createClient(mock);
    const { data: workflow } = await client.POST("/workflows", { body: newWorkflow });
    const id = workflow?.id ?? "";

    const patched = await client.PATCH("/workflows/{id}", {
      params: { path: { id } },
      body: [{ op: "replace", path: "/description", value: "Patched" }],
    });

    expect(patched.error).toBeUndefined();
    expect(patched.data?.description).toBe("Patched");
    expect(patched.data?.definition?.steps).toEqual(newWorkflow.definition.steps);
  });

  it("sends a static access token, and gives the 401 as an error result", async () => {
    const mock = await tenant();

    const result = await createClient({ baseUrl: mock.baseUrl, accessToken: "nope" }).GET(
      "/workflows",
    );

    expect(result.response.status).toBe(401);
    expect(result.error).toBeDefined();
  });

  it("fails with an AuthenticationError that never shows the secret", async () => {
    const mock = await tenant();
    const secret = "wrong-secret-value-123";
    const client = createClient({
      baseUrl: mock.baseUrl,
      clientId: mock.clientId,
      clientSecret: secret,
    });

    const failure = await client.GET("/workflows").catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AuthenticationError);
    expect((failure as AuthenticationError).status).toBe(401);
    const shown = [String(failure), inspect(failure), inspect(client), String(client)].join("\n");
    expect(shown).not.toContain(secret);
  });
});
