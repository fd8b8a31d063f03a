import { inspect } from "node:util";
import { AuthenticationError } from "./errors.js";

/** Anything that can answer a bearer token for the next request. */
export interface TokenSource {
  /** Whether asking again after {@link invalidate} can give a different token. */
  readonly renewable: boolean;
  /** Answers a valid access token, fetching or refreshing it when needed. */
  getToken(signal?: AbortSignal): Promise<string>;
  /** Forgets the cached token, so the next call fetches a new one. */
  invalidate(): void;
}

/** Settings of the client-credentials grant against a tenant's `/oauth/token`. */
export interface ClientCredentials {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  fetch: typeof globalThis.fetch;
  /** Seconds before expiry at which the token counts as stale. */
  refreshMarginSeconds?: number;
  now?: () => number;
}

/**
 * Fetches tokens with the client-credentials grant and caches each until shortly before it
 * expires. Concurrent callers share one token request. The secret lives in a private field
 * and is never part of a message, log line or `inspect` output.
 */
export class ClientCredentialsTokenSource implements TokenSource {
  readonly renewable = true;
  readonly #settings: ClientCredentials;
  #token: { value: string; expiresAt: number } | undefined;
  #pending: Promise<string> | undefined;

  constructor(settings: ClientCredentials) {
    this.#settings = settings;
  }

  getToken(signal?: AbortSignal): Promise<string> {
    const now = (this.#settings.now ?? Date.now)();
    if (this.#token && now < this.#token.expiresAt) return Promise.resolve(this.#token.value);

    this.#pending ??= this.#requestToken(signal).finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  invalidate(): void {
    this.#token = undefined;
  }

  async #requestToken(signal?: AbortSignal): Promise<string> {
    const { tokenUrl, clientId, clientSecret } = this.#settings;
    const body = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: clientId,
      client_secret: clientSecret,
    });

    const response = await this.#post(tokenUrl, body, signal);
    const answer = (await response.json().catch(() => undefined)) as TokenAnswer | undefined;
    if (!response.ok || typeof answer?.access_token !== "string") {
      throw tokenFailure(tokenUrl, response.status, answer);
    }

    // Refresh a minute early, or halfway through the life of a token shorter than two minutes.
    const expiresIn = Math.max(Number(answer.expires_in ?? 0), 0);
    const margin = Math.min(this.#settings.refreshMarginSeconds ?? 60, expiresIn / 2);
    const lifetime = expiresIn - margin;
    const issuedAt = (this.#settings.now ?? Date.now)();
    this.#token = { value: answer.access_token, expiresAt: issuedAt + lifetime * 1000 };
    return answer.access_token;
  }

  async #post(tokenUrl: string, body: URLSearchParams, signal?: AbortSignal): Promise<Response> {
    try {
      return await this.#settings.fetch(tokenUrl, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        body,
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AuthenticationError(
        `Token request to ${tokenUrl} failed: ${reason}`,
        undefined,
        undefined,
        {
          cause: error,
        },
      );
    }
  }

  toString(): string {
    const { tokenUrl, clientId } = this.#settings;
    return `ClientCredentialsTokenSource(${tokenUrl}, clientId=${clientId})`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/** A fixed token, or a function that answers one (for tokens managed elsewhere). */
export class StaticTokenSource implements TokenSource {
  readonly renewable: boolean;
  readonly #token: string | ((signal?: AbortSignal) => string | Promise<string>);

  constructor(token: string | ((signal?: AbortSignal) => string | Promise<string>)) {
    this.#token = token;
    this.renewable = typeof token === "function";
  }

  async getToken(signal?: AbortSignal): Promise<string> {
    return typeof this.#token === "string" ? this.#token : await this.#token(signal);
  }

  invalidate(): void {
    // A static token cannot be renewed; a provider function is asked again on every call.
  }

  toString(): string {
    return "StaticTokenSource([redacted])";
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

interface TokenAnswer {
  access_token?: unknown;
  expires_in?: unknown;
  error?: unknown;
  error_description?: unknown;
}

function tokenFailure(tokenUrl: string, status: number, answer: TokenAnswer | undefined) {
  const code = typeof answer?.error === "string" ? answer.error : undefined;
  const detail =
    typeof answer?.error_description === "string" ? `: ${answer.error_description}` : "";
  const what = code ? ` (${code}${detail})` : "";

  return new AuthenticationError(
    `Token request to ${tokenUrl} answered ${status}${what}`,
    status,
    code,
  );
}
