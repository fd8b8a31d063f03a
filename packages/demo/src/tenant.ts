import { createClient, type SailClient } from "@sailkit/client";
import { startMockTenant } from "@sailkit/fixtures";

/** The tenant the demo talks to, and how to let it go. */
export interface DemoTenant {
  client: SailClient;
  /** `mock` for the embedded mock tenant, `real` for one named by the environment. */
  kind: "mock" | "real";
  tenantUrl: string;
  close(): Promise<void>;
}

const VARIABLES = ["SAIL_BASE_URL", "SAIL_CLIENT_ID", "SAIL_CLIENT_SECRET"] as const;

/**
 * Connects to the tenant the environment names, or starts the embedded mock tenant on
 * 127.0.0.1 when none of `SAIL_BASE_URL`, `SAIL_CLIENT_ID`, `SAIL_CLIENT_SECRET` is set. Some
 * but not all of them set is an error naming the missing ones.
 */
export async function connectTenant(env: NodeJS.ProcessEnv): Promise<DemoTenant> {
  const present = VARIABLES.filter((name) => env[name]);

  if (present.length === 0) {
    const mock = await startMockTenant();
    return {
      client: createClient(mock),
      kind: "mock",
      tenantUrl: mock.baseUrl,
      close: () => mock.close(),
    };
  }

  const missing = VARIABLES.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(`${missing.join(", ")} not set: set all three SAIL_* variables, or none`);
  }

  const client = createClient({
    baseUrl: env["SAIL_BASE_URL"] ?? "",
    clientId: env["SAIL_CLIENT_ID"] ?? "",
    clientSecret: env["SAIL_CLIENT_SECRET"] ?? "",
  });
  return { client, kind: "real", tenantUrl: client.tenantUrl, close: () => Promise.resolve() };
}
