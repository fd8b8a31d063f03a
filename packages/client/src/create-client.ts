import createFetchClient, { type Client } from "openapi-fetch";
import { inspect } from "node:util";
import { operationMetadata, type paths as V3Paths } from "@sailkit/v3";
import { authMiddleware } from "./auth-middleware.js";
import { mediaTypeMiddleware } from "./media-types.js";
import { resolveOptions, type ClientOptions } from "./options.js";
import {
  ClientCredentialsTokenSource,
  StaticTokenSource,
  type TokenSource,
} from "./token-source.js";
import { userAgent } from "./user-agent.js";

/** A typed client for one tenant: openapi-fetch's `GET`, `POST`, `PUT`, `PATCH`, `DELETE`. */
export type SailClient<Paths extends object = V3Paths> = Client<Paths> & {
  /** The tenant root the client talks to. */
  readonly tenantUrl: string;
  /** Names the tenant; never a secret or a token. */
  toString(): string;
};

/**
 * Creates a client for a tenant. With `clientId` and `clientSecret` it fetches a token from
 * `{baseUrl}/oauth/token` and caches it until shortly before it expires; with `accessToken` it
 * sends that. Request bodies carry the media type the spec names for the operation.
 */
export function createClient<Paths extends object = V3Paths>(
  options: ClientOptions,
): SailClient<Paths> {
  const resolved = resolveOptions(options);
  const tokens = createTokenSource(resolved);

  const client = createFetchClient<Paths>({
    baseUrl: resolved.apiUrl,
    fetch: (request: Request) => resolved.fetch(request),
    headers: { "user-agent": userAgent(), accept: "application/json" },
  });
  client.use(mediaTypeMiddleware(options.spec ?? { operationMetadata }));
  client.use(authMiddleware(tokens, resolved.fetch));

  const describe = () => `SailClient(${resolved.tenantUrl})`;
  return Object.assign(client, {
    tenantUrl: resolved.tenantUrl,
    toString: describe,
    [inspect.custom]: describe,
  });
}

function createTokenSource(resolved: ReturnType<typeof resolveOptions>): TokenSource {
  if (resolved.auth.kind === "accessToken") return new StaticTokenSource(resolved.auth.token);

  return new ClientCredentialsTokenSource({
    tokenUrl: `${resolved.tenantUrl}/oauth/token`,
    clientId: resolved.auth.clientId,
    clientSecret: resolved.auth.clientSecret,
    fetch: resolved.fetch,
  });
}
