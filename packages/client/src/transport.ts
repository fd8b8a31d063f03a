import { failedBeforeSending, isConnectionFailure } from "./connection-failure.js";
import { fetchArguments, isReplayable, type Outgoing } from "./draft-request.js";
import { ConnectionError, type RequestTarget } from "./errors.js";
import type { Log } from "./logger.js";
import { waitAfterAnswer, waitAfterFailure, type RetryPlan } from "./retry-decision.js";
import type { TokenSource } from "./token-source.js";
import { wait } from "./wait.js";

/** What every call of a client shares: the fetch underneath and the log. */
export interface TransportContext {
  readonly fetch: typeof globalThis.fetch;
  readonly log: Log;
}

/** One call's plan: its retries, and the tokens to authorise it with (none for a token request). */
export interface SendPlan extends RetryPlan {
  readonly tokens: TokenSource | undefined;
  /** Ends the call: the caller's signal and the timeout in one. */
  readonly signal: AbortSignal | undefined;
}

/**
 * Sends a request until it has an answer worth keeping. Each attempt gets a current token and
 * a fresh copy of the request, so bodies replay (a body that is a one-off stream is sent
 * once). A 401 to a renewable token renews it and replays the request once, outside the
 * attempt count; 429, 408, 5xx and connection failures are retried as the plan allows. The
 * plan's signal ends any wait at once; it is given to fetch beside the request, so that the
 * runtime follows one signal, not a chain of them.
 */
export async function send(
  request: Outgoing,
  given: SendPlan,
  context: TransportContext,
): Promise<Response> {
  const target = targetOf(request);
  const plan = isReplayable(request) ? given : { ...given, retry: { ...given.retry, attempts: 1 } };
  const again = plan.retry.attempts > 1 || plan.tokens?.renewable === true;
  const { signal } = plan;
  let renewed = !isReplayable(request);

  for (let attempt = 1; ; attempt += 1) {
    signal?.throwIfAborted();
    const token = plan.tokens ? await plan.tokens.getToken(signal) : undefined;
    if (token !== undefined) request.headers.set("authorization", `Bearer ${token}`);

    const started = performance.now();
    let response: Response;
    try {
      response = await context.fetch(...fetchArguments(request, again, signal));
    } catch (error) {
      if (signal?.aborted || !isConnectionFailure(error)) throw error;

      const info = { attempt, plan, target, log: context.log };
      const waitMs = waitAfterFailure(failedBeforeSending(error), info);
      if (waitMs === undefined) throw new ConnectionError(target, attempt, { cause: error });
      await wait(waitMs, signal);
      continue;
    }
    logAttempt(context.log, target, response.status, started, attempt);

    if (response.status === 401 && token !== undefined && plan.tokens?.renewable && !renewed) {
      renewed = true;
      plan.tokens.invalidate(token);
      context.log.write("info", `${target.method} ${target.path} answered 401; new token, replay`);
      await discard(response);
      attempt -= 1;
      continue;
    }

    const waitMs = waitAfterAnswer(response, { attempt, plan, target, log: context.log });
    if (waitMs === undefined) return response;

    await discard(response);
    await wait(waitMs, signal);
  }
}

/**
 * The method and path of a request; the query is left out, since it may carry secrets. The
 * path is read from the URL only when something asks for it (a log line, an error).
 */
export function targetOf(request: Outgoing): RequestTarget {
  let path: string | undefined;

  return {
    method: request.method,
    get path() {
      return (path ??= new URL(request.url).pathname);
    },
  };
}

function logAttempt(
  log: Log,
  target: RequestTarget,
  status: number,
  started: number,
  attempt: number,
): void {
  if (!log.enabled("debug")) return;

  const durationMs = Math.round(performance.now() - started);
  const which = attempt > 1 ? ` (attempt ${attempt})` : "";
  log.write("debug", `${target.method} ${target.path} ${status} in ${durationMs} ms${which}`, {
    ...target,
    status,
    durationMs,
    attempt,
  });
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
