import type { Middleware } from "openapi-fetch";
import { createFetchClient } from "./openapi-fetch.js";
import { operationMetadata, type paths as V3Paths } from "@sailkit/v3";
import { call, type CallContext } from "./call.js";
import type { ClientExtras, OperationCalls, PathCalls } from "./client-types.js";
import { INSPECT } from "./inspect.js";
import { Log, resolveLogLevel } from "./logger.js";
import { bodyMediaTypes } from "./media-types.js";
import { operationCalls } from "./operation-calls.js";
import { resolveOptions, type ClientOptions, type OperationTable } from "./options.js";
import { Redactor } from "./redact.js";
import { DEFAULT_RETRY, resolveRetry } from "./retry-policy.js";
import { stderrLogger } from "./stderr-logger.js";
import { createTokenSource } from "./tokens.js";
import { userAgent } from "./user-agent.js";

/** The operations of `@sailkit/v3`, the default spec. */
export type V3Operations = typeof operationMetadata;

/**
 * A typed client for one tenant: calls by path (`GET("/workflows")`) and by operation id
 * (`listWorkflows()`), typed from `Paths` and `Meta`. With `Throw` true, error answers throw
 * and results carry only `data`.
 */
export type SailClient<
  Paths extends object = V3Paths,
  Meta extends OperationTable = V3Operations,
  Throw extends boolean = false,
> = PathCalls<Paths, Throw> & OperationCalls<Paths, Meta, Throw> & ClientExtras;

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
const RESERVED = new Set<string>([...METHODS, "use", "eject", "tenantUrl", "toString"]);

/**
 * Creates a client for a tenant. With `clientId` and `clientSecret` it fetches a token from
 * `{tenant}/oauth/token` and keeps it fresh; with `accessToken` it sends that. Calls retry,
 * time out and log as the options say. For a spec other than `@sailkit/v3`, give its module
 * as `spec` and its types as type arguments: `createClient<paths, typeof operationMetadata>`.
 */
export function createClient<
  Paths extends object = V3Paths,
  Meta extends OperationTable = V3Operations,
>(options: ClientOptions<Meta> & { throwOnError: true }): SailClient<Paths, Meta, true>;
export function createClient<
  Paths extends object = V3Paths,
  Meta extends OperationTable = V3Operations,
>(options: ClientOptions<Meta> & { throwOnError?: false }): SailClient<Paths, Meta, false>;
export function createClient<
  Paths extends object = V3Paths,
  Meta extends OperationTable = V3Operations,
>(options: ClientOptions<Meta>): SailClient<Paths, Meta, boolean>;
export function createClient(options: ClientOptions): SailClient<object, OperationTable, boolean> {
  const resolved = resolveOptions(options);
  const redactor = new Redactor();
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const log = new Log(
    resolveLogLevel(options.logLevel, env?.["SAILKIT_LOG"]),
    options.logger ?? stderrLogger,
    redactor,
  );
  const spec = options.spec ?? { operationMetadata };

  const inner = createFetchClient<Record<string, never>>({
    baseUrl: resolved.apiUrl,
    headers: { "user-agent": userAgent(), accept: "application/json" },
  });

  // Called through a wrapper: a browser's fetch refuses to run with another `this`.
  const fetch = (input: Parameters<typeof globalThis.fetch>[0], init?: RequestInit) =>
    resolved.fetch(input, init);
  const transport = { fetch, log };
  const middleware = new Set<Middleware>();
  const retry = resolveRetry(DEFAULT_RETRY, options.retry);
  const context: CallContext = {
    ...transport,
    inner: inner as unknown as CallContext["inner"],
    tokens: createTokenSource(resolved, transport, redactor, retry),
    retry,
    timeoutMs: resolved.timeoutMs,
    throwOnError: options.throwOnError === true,
    redactor,
    mediaTypes: bodyMediaTypes(spec.operationMetadata),
    middleware,
  };

  const byMethod = Object.fromEntries(
    METHODS.map((method) => [
      method,
      (url: string, init?: unknown) => call(context, method, url, init as never),
    ]),
  );
  const describe = () => `SailClient(${resolved.tenantUrl})`;

  return Object.assign(operationCalls(spec.operationMetadata, byMethod, RESERVED), byMethod, {
    use(...added: Middleware[]) {
      inner.use(...added);
      for (const one of added) if (one) middleware.add(one);
    },
    eject(...removed: Middleware[]) {
      inner.eject(...removed);
      for (const one of removed) middleware.delete(one);
    },
    tenantUrl: resolved.tenantUrl,
    toString: describe,
    [INSPECT]: describe,
  }) as never;
}
