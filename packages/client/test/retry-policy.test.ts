import { describe, expect, it } from "vitest";
import { ConfigurationError, DEFAULT_RETRY, parseRetryAfter } from "../src/index.js";
import { backoffDelay, isRetryableStatus, resolveRetry } from "../src/retry-policy.js";

const NOW = Date.parse("2026-08-22T10:00:00Z");

describe("Retry-After", () => {
  it.each<[string | null, number | undefined]>([
    ["1", 1_000],
    ["0", 0],
    [" 120 ", 120_000],
    ["Sat, 22 Aug 2026 10:00:05 GMT", 5_000],
    ["Sat, 22 Aug 2026 09:59:00 GMT", 0],
    ["-1", undefined],
    ["1.5", undefined],
    ["soon", undefined],
    ["", undefined],
    [null, undefined],
  ])("reads %j as %j ms", (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe("backoff", () => {
  it("doubles from baseDelay, between half and all of it, capped at maxWait", () => {
    const policy = { attempts: 6, baseDelay: 100, maxWait: 500 };

    const low = [1, 2, 3, 4].map((retry) => backoffDelay(retry, policy, () => 0));
    const high = [1, 2, 3, 4].map((retry) => backoffDelay(retry, policy, () => 1));

    expect(low).toStrictEqual([50, 100, 200, 250]);
    expect(high).toStrictEqual([100, 200, 400, 500]);
  });

  it.each([
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [505, false],
    [400, false],
    [401, false],
    [404, false],
  ])("takes %i as retryable: %s", (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
  });
});

describe("retry options", () => {
  it("lays a call's options over the client's, keeping what they leave out", () => {
    const client = resolveRetry(DEFAULT_RETRY, { attempts: 5 });

    expect(resolveRetry(client, { maxWait: 10, baseDelay: undefined })).toStrictEqual({
      attempts: 5,
      maxWait: 10,
      baseDelay: 250,
    });
  });

  it.each([
    [{ attempts: 0 }, "retry.attempts", /an integer of 1 or more, not 0/],
    [{ attempts: 1.5 }, "retry.attempts", /not 1.5/],
    [{ maxWait: -1 }, "retry.maxWait", /milliseconds, 0 or more, not -1/],
    [{ baseDelay: Number.NaN }, "retry.baseDelay", /not NaN/],
  ])("refuses %j, naming %s", (options, setting, message) => {
    const attempt = () => resolveRetry(DEFAULT_RETRY, options);

    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(message);
    expect(() => attempt()).toThrow(expect.objectContaining({ setting }) as Error);
  });
});
