import { INSPECT } from "./inspect.js";
import type { Redactor } from "./redact.js";
import type { TokenSource } from "./token-source.js";

/** A token, or a function answering one (for tokens managed elsewhere, such as a vault). */
export type AccessToken = string | ((signal?: AbortSignal) => string | Promise<string>);

/**
 * A fixed token, or a function that answers one. A function is renewable: after a 401 the
 * call is replayed once with what it answers next.
 */
export class StaticTokenSource implements TokenSource {
  readonly renewable: boolean;
  readonly #token: AccessToken;
  readonly #redactor: Redactor | undefined;

  constructor(token: AccessToken, redactor?: Redactor) {
    this.#token = token;
    this.#redactor = redactor;
    this.renewable = typeof token === "function";
    if (typeof token === "string") redactor?.add(token);
  }

  async getToken(signal?: AbortSignal): Promise<string> {
    if (typeof this.#token === "string") return this.#token;

    const token = await this.#token(signal);
    this.#redactor?.add(token);
    return token;
  }

  invalidate(): void {
    // Nothing is cached: a provider function is asked again on every call.
  }

  toString(): string {
    return "StaticTokenSource([redacted])";
  }

  [INSPECT](): string {
    return this.toString();
  }
}
