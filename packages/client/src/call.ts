import { createApiError } from "./api-errors.js";
import { CallScope } from "./call-scope.js";
import type { CallOptions } from "./client-types.js";
import type { RequestTarget } from "./errors.js";
import { DraftRequest, type Outgoing } from "./draft-request.js";
import { labelBody } from "./media-types.js";
import { checkTimeout } from "./options.js";
import type { Redactor } from "./redact.js";
import {
  IDEMPOTENT_METHODS,
  parseRetryAfter,
  resolveRetry,
  type RetryPolicy,
} from "./retry-policy.js";
import type { TokenSource } from "./token-source.js";
import { send, targetOf, type TransportContext } from "./transport.js";

type Init = CallOptions & { signal?: AbortSignal | null; [key: string]: unknown };
type Result = { data?: unknown; error?: unknown; response: Response };

/** openapi-fetch's call of one HTTP method, as the client calls it. */
export type InnerCall = (url: string, init: Record<string, unknown>) => Promise<Result>;

/** What every call of one client shares. */
export interface CallContext extends TransportContext {
  /** openapi-fetch's calls by method: `GET`, `POST`, ... */
  readonly inner: Readonly<Record<string, InnerCall>>;
  readonly tokens: TokenSource;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly throwOnError: boolean;
  readonly redactor: Redactor;
  /** Body media types by `METHOD /schema/path`, from {@link bodyMediaTypes}. */
  readonly mediaTypes: ReadonlyMap<string, string>;
  /** The middleware registered with `use`: while there is none, requests are drafts. */
  readonly middleware: ReadonlySet<unknown>;
}

/**
 * Makes one call: openapi-fetch builds the request and reads the answer, and the fetch it is
 * given labels the body and sends the request with this call's token, retries and signal.
 * Answers openapi-fetch's result, or throws the {@link ApiError} for an error answer when the
 * client throws on error.
 */
export async function call(
  context: CallContext,
  method: string,
  url: string,
  init: Init | undefined,
): Promise<Result> {
  const { timeout, retry, idempotent, signal, ...rest } = init ?? {};
  const timeoutMs = timeout === undefined ? context.timeoutMs : checkTimeout(timeout, "timeout");
  const scope = new CallScope(signal ?? undefined, timeoutMs);
  const plan = {
    tokens: context.tokens,
    retry: resolveRetry(context.retry, retry),
    idempotent: idempotent ?? IDEMPOTENT_METHODS.has(method),
    deadline: scope.deadline,
    signal: scope.signal,
  };
  const mediaType = context.mediaTypes.get(`${method} ${url}`);
  let sent: Outgoing | undefined;

  rest["Request"] = context.middleware.size ? globalThis.Request : DraftRequest;
  rest["fetch"] = (request: Outgoing) => {
    sent = request;
    labelBody(request, mediaType);
    return send(request, plan, context);
  };

  try {
    const result = await context.inner[method]!(url, rest);
    if (context.throwOnError && !result.response.ok) {
      throw errorOf(result, sent ? targetOf(sent) : { method, path: url }, context);
    }
    return result;
  } catch (error) {
    throw scope.translate(error, sent ? targetOf(sent) : { method, path: url });
  } finally {
    scope.end();
  }
}

function errorOf(result: Result, target: RequestTarget, context: CallContext) {
  const { status, headers } = result.response;
  const retryAfter = parseRetryAfter(headers.get("retry-after"));

  return createApiError(status, target, context.redactor.value(result.error), retryAfter);
}
