import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { AuthenticationError, createClient } from "../src/index.js";
import { closeTenants, newWorkflow, startTenant as tenant } from "./helpers.js";

afterEach(closeTenants);

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

  it("runs middleware once per call, around the retries, never showing the token", async () => {
    const mock = await tenant();
    const client = createClient({ ...mock, retry: { baseDelay: 5 }, logLevel: "off" });
    const seen: string[] = [];
    client.use({
      onRequest({ request }) {
        seen.push(`request authorization=${String(request.headers.get("authorization"))}`);
      },
      onResponse({ response }) {
        seen.push(`response ${response.status}`);
      },
    });
    mock.state.injectFault({ status: 503, operationId: "listWorkflows" });

    await client.listWorkflows();

    expect(seen).toStrictEqual(["request authorization=null", "response 200"]);
  });
});
