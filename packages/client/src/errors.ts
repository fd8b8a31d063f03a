/** The base of every error sailkit's client throws itself. */
export class SailkitError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * A setting is missing or malformed: `setting` names it (`baseUrl`, `clientSecret`,
 * `SAILKIT_LOG`, a config file), and the message says where it was looked for.
 */
export class ConfigurationError extends SailkitError {
  constructor(
    readonly setting: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * The tenant refused or failed to issue an access token. Carries the HTTP status and the
 * error code of the token endpoint; never the client secret.
 */
export class AuthenticationError extends SailkitError {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly code: string | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Where a request went: its method and its path, never its query (which may hold secrets). */
export interface RequestTarget {
  readonly method: string;
  readonly path: string;
}

/**
 * The request got no answer: the connection was refused, dropped or reset, or the name did
 * not resolve. `attempts` says how many times it was tried; `cause` is the runtime's error.
 */
export class ConnectionError extends SailkitError {
  readonly method: string;
  readonly path: string;

  constructor(
    target: RequestTarget,
    readonly attempts: number,
    options?: ErrorOptions,
  ) {
    const reason = options?.cause instanceof Error ? `: ${describeCause(options.cause)}` : "";
    super(`${target.method} ${target.path} got no answer${reason}`, options);
    this.method = target.method;
    this.path = target.path;
  }
}

/** The call ran out of time (`timeoutMs`), retries and waits included. */
export class TimeoutError extends SailkitError {
  readonly method: string;
  readonly path: string;

  constructor(
    target: RequestTarget,
    readonly timeoutMs: number,
  ) {
    super(`${target.method} ${target.path} timed out after ${timeoutMs} ms`);
    this.method = target.method;
    this.path = target.path;
  }
}

function describeCause(error: Error): string {
  const inner = error.cause instanceof Error ? error.cause : undefined;
  const code = (inner as { code?: unknown } | undefined)?.code;

  return typeof code === "string" ? `${error.message} (${code})` : error.message;
}
