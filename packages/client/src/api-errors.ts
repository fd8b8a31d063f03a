import { readErrorBody, type ErrorDetails, type ErrorMessage } from "./error-body.js";
import { SailkitError, type RequestTarget } from "./errors.js";

/**
 * The tenant answered with an error status. Carries what a program needs to react (status,
 * `detailCode`, `trackingId` to quote to SailPoint support) and what a person needs to read
 * (`messages`, `causes`, the raw body when it was not JSON). `path` never has a query string.
 */
export class ApiError extends SailkitError {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly detailCode: string | undefined;
  readonly trackingId: string | undefined;
  readonly messages: readonly ErrorMessage[];
  readonly causes: readonly ErrorMessage[];
  /** The parsed JSON body; undefined when the body was not JSON. */
  readonly body: unknown;
  /** The body as sent when it was not JSON: HTML from a proxy, plain text. */
  readonly rawBody: string | undefined;

  constructor(status: number, target: RequestTarget, details: ErrorDetails) {
    super(describe(status, target, details));
    this.status = status;
    this.method = target.method;
    this.path = target.path;
    this.detailCode = details.detailCode;
    this.trackingId = details.trackingId;
    this.messages = details.messages;
    this.causes = details.causes;
    this.body = details.body;
    this.rawBody = details.rawBody;
  }
}

/** 400: the request broke a rule of the service; `causes` usually say which. */
export class BadRequestError extends ApiError {}

/** 401: the token was missing, invalid or expired, even after one fresh token. */
export class UnauthorizedError extends ApiError {}

/** 403: the token is good but may not do this. */
export class ForbiddenError extends ApiError {}

/** 404: no such path or object. */
export class NotFoundError extends ApiError {}

/** 429: rate limited, still after the retries; `retryAfterMs` is what the service asked for. */
export class RateLimitError extends ApiError {
  constructor(
    status: number,
    target: RequestTarget,
    details: ErrorDetails,
    readonly retryAfterMs: number | undefined,
  ) {
    super(status, target, details);
  }
}

/** 5xx: the service (or a proxy before it) failed, still after the retries. */
export class ServerError extends ApiError {}

/**
 * Creates the error for an error answer, in one place: the class follows the status, the
 * details come from the body in whatever form it took (see {@link readErrorBody}).
 */
export function createApiError(
  status: number,
  target: RequestTarget,
  body: unknown,
  retryAfterMs?: number,
): ApiError {
  const details = readErrorBody(body);

  if (status === 429) return new RateLimitError(status, target, details, retryAfterMs);
  if (status >= 500) return new ServerError(status, target, details);

  const ErrorClass = BY_STATUS[status] ?? ApiError;
  return new ErrorClass(status, target, details);
}

const BY_STATUS: Record<number, typeof ApiError | undefined> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
};

function describe(status: number, target: RequestTarget, details: ErrorDetails): string {
  const code = details.detailCode ? ` (${details.detailCode})` : "";
  const texts = [...details.messages, ...details.causes].map((message) => message.text);
  const said = texts.length ? `: ${texts.join("; ")}` : "";
  const tracking = details.trackingId ? ` (tracking id ${details.trackingId})` : "";

  return `${target.method} ${target.path} answered ${status}${code}${said}${tracking}`;
}
