import { describe, expect, it } from "vitest";
import { connectTenant } from "./tenant.js";

describe("connectTenant", () => {
  it("starts the embedded mock tenant on loopback when no SAIL_* variable is set", async () => {
    const tenant = await connectTenant({});

    try {
      expect(tenant.kind).toBe("mock");
      expect(new URL(tenant.tenantUrl).hostname).toBe("127.0.0.1");
    } finally {
      await tenant.close();
    }
  });

  it.each([
    [{ SAIL_BASE_URL: "http://127.0.0.1:9" }, /SAIL_CLIENT_ID, SAIL_CLIENT_SECRET not set/],
    [{ SAIL_CLIENT_SECRET: "s" }, /SAIL_BASE_URL, SAIL_CLIENT_ID not set/],
  ])("names the missing variables in %o", async (env, message) => {
    await expect(connectTenant(env)).rejects.toThrow(message);
  });

  it("uses the tenant the three variables name", async () => {
    const env = {
      SAIL_BASE_URL: "http://127.0.0.1:9",
      SAIL_CLIENT_ID: "i",
      SAIL_CLIENT_SECRET: "s",
    };

    const tenant = await connectTenant(env);

    expect(tenant).toMatchObject({ kind: "real", tenantUrl: "http://127.0.0.1:9" });
  });
});
