import { startMockTenant, type MockTenant, type MockTenantOptions } from "@sailkit/fixtures";
import type { Logger, LogLevel } from "../src/index.js";

const running: MockTenant[] = [];

/** Starts a mock tenant on 127.0.0.1 that {@link closeTenants} closes. */
export async function startTenant(options?: MockTenantOptions): Promise<MockTenant> {
  const tenant = await startMockTenant(options);
  running.push(tenant);
  return tenant;
}

/** Closes every tenant the test file started; use in `afterEach`. */
export async function closeTenants(): Promise<void> {
  await Promise.all(running.splice(0).map((tenant) => tenant.close()));
}

/** A clock the tenant reads, set ahead by tests to make its tokens expire at once. */
export function createClock() {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms: number) {
      offset += ms;
    },
  };
}

/** One line a {@link captureLogger} caught. */
export interface CaughtLine {
  level: Exclude<LogLevel, "off">;
  message: string;
  fields: Readonly<Record<string, unknown>> | undefined;
}

/** A logger that keeps every line, for tests to read. */
export function captureLogger(): Logger & { lines: CaughtLine[]; text(): string } {
  const lines: CaughtLine[] = [];
  const keep = (level: CaughtLine["level"]) => (message: string, fields?: object) => {
    lines.push({ level, message, fields: fields as CaughtLine["fields"] });
  };

  return {
    lines,
    text: () => lines.map((line) => `${line.message} ${JSON.stringify(line.fields)}`).join("\n"),
    error: keep("error"),
    warn: keep("warn"),
    info: keep("info"),
    debug: keep("debug"),
  };
}

/** The statuses the tenant answered for one operation, oldest first. */
export function statusesOf(tenant: MockTenant, operationId: string): number[] {
  return tenant.state.requests
    .filter((request) => request.operationId === operationId)
    .map((request) => request.status);
}

/** Milliseconds since `started` (a `performance.now()` value). */
export function since(started: number): number {
  return performance.now() - started;
}

/** Fast retries for tests: small backoff, so a suite of retries stays quick. */
export const FAST_RETRY = { attempts: 3, baseDelay: 5, maxWait: 2_000 } as const;

/** A workflow body the mock accepts. */
export const newWorkflow = {
  name: "Notify manager",
  description: "Emails the manager when an identity changes",
  owner: { type: "IDENTITY" as const, id: "2c9180835d2e5168015d32f890ca1581", name: "Ada" },
  trigger: { type: "EVENT" as const, attributes: { id: "idn:identity-attributes-changed" } },
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
