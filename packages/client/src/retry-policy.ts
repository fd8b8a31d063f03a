import { ConfigurationError } from "./errors.js";

/** How a client, or one call, retries. Every field has a default. */
export interface RetryOptions {
  /** Attempts in all, the first included; 1 turns retries off. Default 3. */
  attempts?: number;
  /** The longest wait before one retry, in ms; a longer `Retry-After` is cut to it. 30,000. */
  maxWait?: number;
  /** The first backoff delay in ms, doubled on each retry, with jitter. Default 250. */
  baseDelay?: number;
}

/** {@link RetryOptions} with every default filled in. */
export type RetryPolicy = Readonly<Required<RetryOptions>>;

/** The defaults of {@link RetryOptions}. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, maxWait: 30_000, baseDelay: 250 };

/** The call's options over the client's over the defaults; a bad value names its option. */
export function resolveRetry(base: RetryPolicy, options: RetryOptions | undefined): RetryPolicy {
  if (options === undefined) return base;

  const policy = { ...base, ...dropUndefined(options) };
  check(
    "retry.attempts",
    policy.attempts,
    Number.isInteger(policy.attempts) && policy.attempts >= 1,
  );
  check("retry.maxWait", policy.maxWait, policy.maxWait >= 0);
  check("retry.baseDelay", policy.baseDelay, policy.baseDelay >= 0);
  return policy;
}

/**
 * Methods a retry cannot harm: repeating them leaves the tenant as one call would. POST and
 * PATCH are retried after a failure that may have reached the server only when a call says so.
 */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([
  "GET",
  "HEAD",
  "OPTIONS",
  "PUT",
  "DELETE",
  "TRACE",
]);

/** Statuses worth another try: a request timeout, rate limiting, and transient server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/**
 * The wait a `Retry-After` value asks for, in ms: delta-seconds or an HTTP date (a past date
 * is 0). Undefined when there is none or it is malformed, so the caller backs off instead.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;

  if (/^\d+$/.test(text)) return Number(text) * 1000;

  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(date - now, 0);
}

/**
 * The backoff before retry `retry` (1 for the first): `baseDelay * 2^(retry-1)` with equal
 * jitter (between half and all of it), so concurrent clients spread out, capped at `maxWait`.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random = Math.random): number {
  const full = Math.min(policy.baseDelay * 2 ** (retry - 1), policy.maxWait);

  return Math.round(full / 2 + (random() * full) / 2);
}

function check(setting: string, value: number, valid: boolean): void {
  if (valid && Number.isFinite(value)) return;

  const wanted = setting === "retry.attempts" ? "an integer of 1" : "a number of milliseconds, 0";
  throw new ConfigurationError(setting, `${setting} must be ${wanted} or more, not ${value}`);
}

function dropUndefined(options: RetryOptions): RetryOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
