import type { RequestTarget } from "./errors.js";
import type { Log } from "./logger.js";
import {
  backoffDelay,
  isRetryableStatus,
  parseRetryAfter,
  type RetryPolicy,
} from "./retry-policy.js";

/** What one call may do about failures, decided once when it starts. */
export interface RetryPlan {
  readonly retry: RetryPolicy;
  /** Whether the call may be repeated after a failure that may have reached the server. */
  readonly idempotent: boolean;
  /** When the call's timeout ends, in `Date.now()` time; a retry that would pass it is not made. */
  readonly deadline: number | undefined;
}

/** One attempt of a call, as the retry decisions see it. */
export interface AttemptInfo {
  /** 1 for the first attempt. */
  readonly attempt: number;
  readonly plan: RetryPlan;
  readonly target: RequestTarget;
  readonly log: Log;
}

/**
 * The wait before retrying an answer, or undefined to keep it. A 429 is retried whatever the
 * method, since the service refused it unread; 408 and 5xx only when the call is idempotent.
 * `Retry-After` wins over backoff when it parses, and no wait is longer than `maxWait`.
 */
export function waitAfterAnswer(response: Response, info: AttemptInfo): number | undefined {
  const { status } = response;
  if (!isRetryableStatus(status)) return undefined;

  const what = `answered ${status}`;
  if (status !== 429 && !info.plan.idempotent) return notIdempotent(what, info);
  if (info.attempt >= info.plan.retry.attempts) return giveUp(what, info);

  const header = response.headers.get("retry-after");
  const asked = parseRetryAfter(header);
  if (header !== null && asked === undefined) {
    warn(info, `Retry-After ${JSON.stringify(header)} is malformed; backing off`);
  }

  const { maxWait } = info.plan.retry;
  if (asked !== undefined && asked > maxWait) {
    warn(info, `Retry-After asks ${asked} ms; waiting maxWait, ${maxWait} ms`);
  }
  return checkedWait(
    Math.min(asked ?? backoffDelay(info.attempt, info.plan.retry), maxWait),
    what,
    info,
  );
}

/**
 * The wait before retrying after a connection failure, or undefined to give up. A failure
 * before anything was sent is retried whatever the method; others only when idempotent.
 */
export function waitAfterFailure(sentNothing: boolean, info: AttemptInfo): number | undefined {
  const what = "got no answer";
  if (!sentNothing && !info.plan.idempotent) return notIdempotent(what, info);
  if (info.attempt >= info.plan.retry.attempts) return giveUp(what, info);

  return checkedWait(backoffDelay(info.attempt, info.plan.retry), what, info);
}

function checkedWait(waitMs: number, what: string, info: AttemptInfo): number | undefined {
  const { plan, attempt, target } = info;
  if (plan.deadline !== undefined && Date.now() + waitMs >= plan.deadline) {
    info.log.write("info", `${line(target)} ${what}; no retry: the wait would pass the timeout`);
    return undefined;
  }

  const retry = `retry ${attempt} of ${plan.retry.attempts - 1} in ${waitMs} ms`;
  info.log.write("info", `${line(target)} ${what}; ${retry}`, { ...target, attempt, waitMs });
  return waitMs;
}

function notIdempotent(what: string, info: AttemptInfo): undefined {
  const why = `${info.target.method} may have reached the server (idempotent: true retries it)`;
  info.log.write("info", `${line(info.target)} ${what}; no retry: ${why}`);
  return undefined;
}

function giveUp(what: string, info: AttemptInfo): undefined {
  if (info.attempt > 1) warn(info, `${what} ${info.attempt} times; giving up`);
  return undefined;
}

function warn(info: AttemptInfo, message: string): void {
  info.log.write("warn", `${line(info.target)}: ${message}`);
}

function line(target: RequestTarget): string {
  return `${target.method} ${target.path}`;
}
