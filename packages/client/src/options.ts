import { ConfigurationError } from "./errors.js";
import type { Logger, LogLevel } from "./logger.js";
import type { RetryOptions } from "./retry-policy.js";
import type { AccessToken } from "./static-token-source.js";
import { parseTenantUrl, tenantUrl } from "./tenant-url.js";

/** One operation as the client reads it from the metadata `sailkit generate` emits. */
export interface OperationEntry {
  readonly method: string;
  readonly path: string;
  readonly requestMediaTypes: readonly string[];
}

/** The operations of a spec by operation id: `operationMetadata` of a generated module. */
export type OperationTable = Readonly<Record<string, OperationEntry>>;

/** A generated spec module, such as `@sailkit/v3` or one `sailkit generate` wrote. */
export interface SpecModule<Meta extends OperationTable = OperationTable> {
  readonly operationMetadata: Meta;
}

/**
 * Options of {@link createClient}. Name the tenant with `baseUrl` or `tenant`; authenticate
 * with `clientId` and `clientSecret`, or `accessToken`.
 */
export interface ClientOptions<Meta extends OperationTable = OperationTable> {
  /** The tenant root, such as `https://acme.api.identitynow.com`; API calls go to `/v3`. */
  baseUrl?: string;
  /** The tenant's name instead: `acme` stands for `https://acme.api.identitynow.com`. */
  tenant?: string;
  /** Client id of a personal access token (client-credentials grant). */
  clientId?: string;
  /** Its secret. Never logged, thrown or shown by `inspect`. */
  clientSecret?: string;
  /** A ready token, or a function answering one, instead of client credentials. */
  accessToken?: AccessToken;
  /** The path of the API version below the tenant root; `/v3` by default. */
  apiPath?: string;
  /** The generated spec module: its calls by name and media types. `@sailkit/v3` by default. */
  spec?: SpecModule<Meta>;
  /**
   * Milliseconds a call may take in all, retries included; none (0) by default, when Node's
   * fetch still ends a connection silent for 300 s, which is retried as a dropped one.
   */
  timeout?: number;
  /** How calls are retried; see {@link RetryOptions}. */
  retry?: RetryOptions;
  /** Throw an {@link ApiError} for an error answer instead of answering `{ error }`. */
  throwOnError?: boolean;
  /** How much to log; `SAILKIT_LOG` when not given, else `warn`. */
  logLevel?: LogLevel;
  /** Where log lines go; standard error by default. */
  logger?: Logger;
  /** The fetch to use; the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/**
 * The default of {@link ClientOptions.timeout}: none. A timeout costs each call a signal the
 * runtime follows (10 to 40 µs in Node 20), which matters only against a tenant on loopback.
 */
export const DEFAULT_TIMEOUT_MS = 0;

/** How long a token request may take when the client sets no timeout. */
export const TOKEN_TIMEOUT_MS = 30_000;

/** Options after checking: a normalised tenant root and exactly one way to authenticate. */
export interface ResolvedOptions {
  tenantUrl: string;
  apiUrl: string;
  auth:
    | { kind: "clientCredentials"; clientId: string; clientSecret: string }
    | { kind: "accessToken"; token: AccessToken };
  timeoutMs: number;
  fetch: typeof globalThis.fetch;
}

/** Checks the options and names the setting that is missing or malformed. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  const root = resolveTenant(options);
  const apiPath = options.apiPath ?? "/v3";

  return {
    tenantUrl: root,
    apiUrl: `${root}${apiPath.startsWith("/") ? apiPath : `/${apiPath}`}`,
    auth: resolveAuth(options),
    timeoutMs: checkTimeout(options.timeout ?? DEFAULT_TIMEOUT_MS, "timeout"),
    fetch: options.fetch ?? globalThis.fetch,
  };
}

/** A timeout in ms: a finite number of 0 or more (0 for none). */
export function checkTimeout(value: unknown, setting: string): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;

  throw new ConfigurationError(
    setting,
    `${setting} must be a number of milliseconds, 0 or more, not ${String(value)}`,
  );
}

function resolveTenant(options: ClientOptions): string {
  if (options.tenant !== undefined && options.baseUrl !== undefined) {
    throw new ConfigurationError("tenant", "give either tenant or baseUrl, not both");
  }
  if (options.tenant !== undefined) return tenantUrl(options.tenant);

  if (options.baseUrl === undefined || options.baseUrl === "") {
    throw new ConfigurationError(
      "baseUrl",
      "baseUrl is required: the tenant root, such as https://acme.api.identitynow.com " +
        '(or give tenant: "acme")',
    );
  }
  return parseTenantUrl(options.baseUrl);
}

function resolveAuth(options: ClientOptions): ResolvedOptions["auth"] {
  const { clientId, clientSecret, accessToken } = options;

  if (accessToken !== undefined) {
    if (clientId !== undefined || clientSecret !== undefined) {
      throw new ConfigurationError(
        "accessToken",
        "give either accessToken or clientId and clientSecret, not both",
      );
    }
    return { kind: "accessToken", token: accessToken };
  }

  if (!clientId) {
    throw new ConfigurationError("clientId", "clientId is required (or give accessToken)");
  }
  if (!clientSecret) {
    throw new ConfigurationError("clientSecret", "clientSecret is required with clientId");
  }
  return { kind: "clientCredentials", clientId, clientSecret };
}
