import { ConfigurationError } from "./errors.js";

/** The operation metadata the client reads: the shape `sailkit generate` emits. */
export interface SpecMetadata {
  readonly operationMetadata: Readonly<
    Record<
      string,
      {
        readonly method: string;
        readonly path: string;
        readonly requestMediaTypes: readonly string[];
      }
    >
  >;
}

/** Options of {@link createClient}. Give `clientId` with `clientSecret`, or `accessToken`. */
export interface ClientOptions {
  /** The tenant root, such as `https://acme.api.identitynow.com`; API calls go to `/v3`. */
  baseUrl: string;
  /** Client id of a personal access token (client-credentials grant). */
  clientId?: string;
  /** Its secret. Never logged, thrown or shown by `inspect`. */
  clientSecret?: string;
  /** A ready token, or a function answering one, instead of client credentials. */
  accessToken?: string | ((signal?: AbortSignal) => string | Promise<string>);
  /** The path of the API version below the tenant root; `/v3` by default. */
  apiPath?: string;
  /** The generated spec module whose metadata drives media types; `@sailkit/v3` by default. */
  spec?: SpecMetadata;
  /** The fetch to use; the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** Options after checking: a normalised tenant root and exactly one way to authenticate. */
export interface ResolvedOptions {
  tenantUrl: string;
  apiUrl: string;
  auth:
    | { kind: "clientCredentials"; clientId: string; clientSecret: string }
    | { kind: "accessToken"; token: NonNullable<ClientOptions["accessToken"]> };
  fetch: typeof globalThis.fetch;
}

/** Checks the options and names the setting that is missing or malformed. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  const tenantUrl = parseTenantUrl(options.baseUrl);
  const apiPath = options.apiPath ?? "/v3";

  return {
    tenantUrl,
    apiUrl: `${tenantUrl}${apiPath.startsWith("/") ? apiPath : `/${apiPath}`}`,
    auth: resolveAuth(options),
    fetch: options.fetch ?? globalThis.fetch,
  };
}

function parseTenantUrl(baseUrl: unknown): string {
  if (typeof baseUrl !== "string" || baseUrl === "") {
    throw new ConfigurationError(
      "baseUrl",
      "baseUrl is required: the tenant root, such as https://acme.api.identitynow.com",
    );
  }

  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError("baseUrl", `baseUrl ${JSON.stringify(baseUrl)} is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigurationError("baseUrl", `baseUrl must be http or https, not ${url.protocol}`);
  }

  return `${url.origin}${url.pathname.replace(/\/+$/, "").replace(/\/v3$/, "")}`;
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

  if (!clientId)
    throw new ConfigurationError("clientId", "clientId is required (or give accessToken)");
  if (!clientSecret)
    throw new ConfigurationError("clientSecret", "clientSecret is required with clientId");

  return { kind: "clientCredentials", clientId, clientSecret };
}
