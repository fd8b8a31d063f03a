import { TOKEN_TIMEOUT_MS, type ResolvedOptions } from "./options.js";
import type { Redactor } from "./redact.js";
import type { RetryPolicy } from "./retry-policy.js";
import { StaticTokenSource } from "./static-token-source.js";
import { ClientCredentialsTokenSource, type TokenSource } from "./token-source.js";
import { send, type TransportContext } from "./transport.js";

/**
 * The token source the options ask for. Token requests go through the client's transport,
 * so a rate-limited or briefly unreachable token endpoint is retried like any call (asking
 * for a token twice does no harm), and they are logged without their body.
 */
export function createTokenSource(
  resolved: ResolvedOptions,
  transport: TransportContext,
  redactor: Redactor,
  retry: RetryPolicy,
): TokenSource {
  if (resolved.auth.kind === "accessToken")
    return new StaticTokenSource(resolved.auth.token, redactor);

  const plan = { tokens: undefined, retry, idempotent: true, deadline: undefined };
  const sendToken = (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    return send(request, { ...plan, signal: init?.signal ?? undefined }, transport);
  };
  return new ClientCredentialsTokenSource({
    tokenUrl: `${resolved.tenantUrl}/oauth/token`,
    clientId: resolved.auth.clientId,
    clientSecret: resolved.auth.clientSecret,
    fetch: sendToken,
    // A token request is shared by every waiting call: it is always bounded.
    timeoutMs: resolved.timeoutMs || TOKEN_TIMEOUT_MS,
    redactor,
  });
}
