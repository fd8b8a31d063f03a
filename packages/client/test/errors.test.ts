import { inspect } from "node:util";
import type { Fault, MockTenant } from "@sailkit/fixtures";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  BadRequestError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  createClient,
} from "../src/index.js";
import { closeTenants, startTenant } from "./helpers.js";

afterEach(closeTenants);

const once = { retry: { attempts: 1 }, throwOnError: true, logLevel: "off" } as const;

async function failureOf(fault: Fault | undefined, tenant?: MockTenant) {
  const mock = tenant ?? (await startTenant());
  if (fault) mock.state.injectFault({ operationId: "getWorkflow", ...fault });
  const client = createClient({ ...mock, ...once });
  const call = client.getWorkflow({ params: { path: { id: "no-such-id" } } });

  return (await call.catch((error: unknown) => error)) as ApiError;
}

describe("typed errors", () => {
  it.each([
    { status: 400, type: BadRequestError },
    { status: 403, type: ForbiddenError },
    { status: 409, type: ApiError },
    { status: 429, type: RateLimitError },
    { status: 500, type: ServerError },
    { status: 503, type: ServerError },
  ])("throws a $type.name for a $status", async ({ status, type }) => {
    const failure = await failureOf({ status });

    expect(failure).toBeInstanceOf(type);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status, method: "GET", path: "/v3/workflows/no-such-id" });
    expect(failure.messages.length).toBe(1);
  });

  it("gives the fields of an ErrorResponseDto: a 404 from the tenant", async () => {
    const failure = await failureOf(undefined);

    expect(failure).toBeInstanceOf(NotFoundError);
    expect(failure.detailCode).toBe("404 Not found");
    expect(failure.trackingId).toMatch(/^[0-9a-f]{32}$/);
    expect(failure.messages[0]).toMatchObject({ locale: "en-US", localeOrigin: "DEFAULT" });
    expect(failure.causes).toStrictEqual([]);
    expect(failure.rawBody).toBeUndefined();
    expect(failure.message).toBe(
      "GET /v3/workflows/no-such-id answered 404 (404 Not found): " +
        `${failure.messages[0]?.text ?? ""} (tracking id ${failure.trackingId ?? ""})`,
    );
  });

  it("throws an UnauthorizedError for a token the tenant refuses", async () => {
    const tenant = await startTenant();
    const client = createClient({ baseUrl: tenant.baseUrl, accessToken: "nope", ...once });

    const failure = (await client.listWorkflows().catch((error: unknown) => error)) as ApiError;

    expect(failure).toBeInstanceOf(UnauthorizedError);
    expect(failure.messages).toStrictEqual([{ text: "JWT validation failed: JWT is invalid" }]);
  });

  it("reads a 429's body and Retry-After", async () => {
    const failure = (await failureOf({ status: 429, retryAfter: 7 })) as RateLimitError;

    expect(failure.retryAfterMs).toBe(7_000);
    expect(failure.messages).toStrictEqual([{ text: "Rate Limit Exceeded" }]);
  });

  it.each([
    {
      name: "HTML from a proxy",
      fault: { status: 502, text: "<html><title>502 Bad Gateway</title><p>nginx</p></html>" },
      message: "502 Bad Gateway",
    },
    {
      name: "plain text",
      fault: { status: 503, text: "upstream connect error\n", contentType: "text/plain" },
      message: "upstream connect error",
    },
  ])("keeps a body that is not JSON: $name", async ({ fault, message }) => {
    const failure = await failureOf({ ...fault, contentType: fault.contentType ?? "text/html" });

    expect(failure).toBeInstanceOf(ServerError);
    expect(failure.rawBody).toBe(fault.text);
    expect(failure.body).toBeUndefined();
    expect(failure.messages).toStrictEqual([{ text: message }]);
  });

  it("reads the detailMessage form", async () => {
    const body = { detailMessage: "Specified offset is invalid.", trackingId: "abc123" };
    const failure = await failureOf({ status: 400, body });

    expect(failure).toBeInstanceOf(BadRequestError);
    expect(failure).toMatchObject({ trackingId: "abc123", detailCode: undefined, body });
    expect(failure.messages).toStrictEqual([{ text: "Specified offset is invalid." }]);
  });

  it("never puts the query in the path or the message", async () => {
    const tenant = await startTenant();
    const client = createClient({ ...tenant, ...once });
    const filters = 'name eq "secret-value"';

    const failure = (await client
      .listWorkflows({ params: { query: { filters } } })
      .catch((error: unknown) => error)) as ApiError;

    expect(failure).toBeInstanceOf(BadRequestError);
    expect(failure.path).toBe("/v3/workflows");
    expect(`${failure.message}${inspect(failure)}`).not.toMatch(/filters=/);
  });

  it("blanks a token that an error page echoes", async () => {
    const tenant = await startTenant();
    await createClient(tenant).listWorkflows();
    const [token = ""] = tenant.state.tokens.keys();
    const text = `<html><title>Bad request</title>Authorization: Bearer ${token}</html>`;

    const failure = await failureOf({ status: 400, text, contentType: "text/html" }, tenant);

    expect(`${failure.message}${failure.rawBody ?? ""}${inspect(failure)}`).not.toContain(token);
    expect(failure.rawBody).toContain("Bearer [redacted]");
  });

  it("answers { error, response } instead when errors do not throw", async () => {
    const tenant = await startTenant();
    const client = createClient(tenant);

    const answer = await client.getWorkflow({ params: { path: { id: "no-such-id" } } });

    expect(answer.data).toBeUndefined();
    expect(answer.response.status).toBe(404);
    expect(answer.error).toMatchObject({ detailCode: "404 Not found" });
  });
});
