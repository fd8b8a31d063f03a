import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { startMockTenant } from "@sailkit/fixtures";
import { describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";

describe("the CommonJS build", () => {
  it("creates a client that makes calls", async () => {
    const require = createRequire(import.meta.url);
    const built = require("../dist/index.cjs") as { createClient: typeof createClient };
    const mock = await startMockTenant();

    try {
      const result = await built.createClient(mock).GET("/workflows");

      expect(result.response.status).toBe(200);
      expect(Array.isArray(result.data)).toBe(true);
    } finally {
      await mock.close();
    }
  });
});

describe("the User-Agent", () => {
  it("is sailkit's on the token request as on API calls", async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((request, response) => {
      seen.push(request.headers);
      response.setHeader("content-type", "application/json");
      const token = { access_token: "t", token_type: "bearer", expires_in: 749 };
      response.end(JSON.stringify(request.url === "/oauth/token" ? token : []));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;

    try {
      const client = createClient({
        baseUrl: `http://127.0.0.1:${port}`,
        clientId: "id",
        clientSecret: "secret",
      });
      await client.GET("/workflows");

      expect(seen).toHaveLength(2);
      for (const headers of seen) expect(headers["user-agent"]).toMatch(/^sailkit\/\S+ node\//);
    } finally {
      server.close();
    }
  });
});
