/** The base of every error sailkit's client throws itself. */
export class SailkitError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A setting is missing or malformed: `setting` names it, the message says where it was read. */
export class ConfigurationError extends SailkitError {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(message);
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
