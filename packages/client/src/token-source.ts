import { AuthenticationError } from "./errors.js";
import { INSPECT } from "./inspect.js";
import { Redactor } from "./redact.js";
import { untilAborted } from "./until-aborted.js";
import { userAgent } from "./user-agent.js";

/** Anything that can answer a bearer token for the next request. */
export interface TokenSource {
  /** Whether asking again after {@link invalidate} can give a different token. */
  readonly renewable: boolean;
  /** Answers a valid access token, fetching or refreshing it when needed. */
  getToken(signal?: AbortSignal): Promise<string>;
  /**
   * Forgets the cached token, so the next call fetches a new one. Given the token that was
   * refused, forgets only that one: calls refused together renew it once.
   */
  invalidate(rejected?: string): void;
}

/** Settings of the client-credentials grant against a tenant's `/oauth/token`. */
export interface ClientCredentials {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  fetch: typeof globalThis.fetch;
  /** Seconds before expiry at which the token counts as stale. */
  refreshMarginSeconds?: number;
  /** How long one token request may take, in ms; none by default. */
  timeoutMs?: number;
  /** Learns the secret and each token, to blank them from logs and errors. */
  redactor?: Redactor;
  now?: () => number;
}

/**
 * Fetches tokens with the client-credentials grant and caches each until shortly before it
 * expires. Concurrent callers share one token request, which no caller's abort cancels for
 * the others. The secret lives in a private field and is never part of a message, a log
 * line or `inspect` output.
 */
export class ClientCredentialsTokenSource implements TokenSource {
  readonly renewable = true;
  readonly #settings: ClientCredentials;
  readonly #redactor: Redactor;
  #token: { value: string; expiresAt: number } | undefined;
  #pending: Promise<string> | undefined;

  constructor(settings: ClientCredentials) {
    this.#settings = settings;
    this.#redactor = settings.redactor ?? new Redactor();
    this.#redactor.add(settings.clientSecret);
  }

  getToken(signal?: AbortSignal): Promise<string> {
    const now = (this.#settings.now ?? Date.now)();
    if (this.#token && now < this.#token.expiresAt) return Promise.resolve(this.#token.value);

    if (signal?.aborted) return Promise.reject(signal.reason as Error);

    if (!this.#pending) {
      this.#pending = this.#requestToken().finally(() => {
        this.#pending = undefined;
      });
      // Each caller gets the failure through its own chain; none may be left unheard.
      this.#pending.catch(() => undefined);
    }
    return signal ? untilAborted(this.#pending, signal) : this.#pending;
  }

  invalidate(rejected?: string): void {
    if (rejected === undefined || this.#token?.value === rejected) this.#token = undefined;
  }

  async #requestToken(): Promise<string> {
    const { tokenUrl, clientId, clientSecret, timeoutMs } = this.#settings;
    const body = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: clientId,
      client_secret: clientSecret,
    });
    const signal = timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined;

    const response = await this.#post(tokenUrl, body, signal);
    const answer = (await response.json().catch(() => undefined)) as TokenAnswer | undefined;
    if (!response.ok || typeof answer?.access_token !== "string") {
      throw tokenFailure(tokenUrl, response.status, answer, this.#redactor);
    }
    this.#redactor.add(answer.access_token);

    // Refresh a minute early, or halfway through the life of a token shorter than two minutes.
    const expiresIn = Math.max(Number(answer.expires_in ?? 0), 0);
    const margin = Math.min(this.#settings.refreshMarginSeconds ?? 60, expiresIn / 2);
    const issuedAt = (this.#settings.now ?? Date.now)();
    this.#token = { value: answer.access_token, expiresAt: issuedAt + (expiresIn - margin) * 1000 };
    return answer.access_token;
  }

  async #post(tokenUrl: string, body: URLSearchParams, signal?: AbortSignal): Promise<Response> {
    const headers = {
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/json",
      "user-agent": userAgent(),
    };

    try {
      return await this.#settings.fetch(tokenUrl, { method: "POST", headers, body, signal });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const message = `Token request to ${tokenUrl} failed: ${this.#redactor.text(reason)}`;
      throw new AuthenticationError(message, undefined, undefined, { cause: error });
    }
  }

  toString(): string {
    const { tokenUrl, clientId } = this.#settings;
    return `ClientCredentialsTokenSource(${tokenUrl}, clientId=${clientId})`;
  }

  [INSPECT](): string {
    return this.toString();
  }
}

interface TokenAnswer {
  access_token?: unknown;
  expires_in?: unknown;
  error?: unknown;
  error_description?: unknown;
}

function tokenFailure(
  tokenUrl: string,
  status: number,
  answer: TokenAnswer | undefined,
  redactor: Redactor,
): AuthenticationError {
  const code = typeof answer?.error === "string" ? redactor.text(answer.error) : undefined;
  const description = answer?.error_description;
  const detail = typeof description === "string" ? `: ${redactor.text(description)}` : "";
  const what = code ? ` (${code}${detail})` : "";
  const hint = status === 401 ? "; check the client id and secret" : "";

  return new AuthenticationError(
    `Token request to ${tokenUrl} answered ${status}${what}${hint}`,
    status,
    code,
  );
}
