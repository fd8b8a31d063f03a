import { describe, expect, it } from "vitest";
import { formatDateTime, parseDateTime } from "../src/index.js";

const readable: [string, string][] = [
  ["2024-01-31T10:00:00Z", "2024-01-31T10:00:00.000Z"],
  ["2024-01-31t10:00:00z", "2024-01-31T10:00:00.000Z"],
  ["2024-01-31T10:00:00.5Z", "2024-01-31T10:00:00.500Z"],
  ["2024-01-31T10:00:00.123456Z", "2024-01-31T10:00:00.123Z"],
  ["2024-01-31T10:00:00-05:30", "2024-01-31T15:30:00.000Z"],
  ["2024-02-29T00:00:00Z", "2024-02-29T00:00:00.000Z"],
  ["0000-01-01T00:00:00Z", "0000-01-01T00:00:00.000Z"],
  ["0099-12-31T23:59:59Z", "0099-12-31T23:59:59.000Z"],
];

const refused = [
  "2024-01-31",
  "2024-01-31T10:00Z",
  "2024-01-31T10:00:00",
  "2024-01-31 10:00:00Z",
  "2023-02-29T00:00:00Z",
  "1900-02-29T00:00:00Z",
  "2024-13-01T00:00:00Z",
  "2024-04-31T00:00:00Z",
  "2024-01-31T24:00:00Z",
  "2024-01-31T10:60:00Z",
  "2024-01-31T10:00:60Z",
  "2024-01-31T10:00:00+24:00",
  "2024-01-31T10:00:00.Z",
  "+02024-01-31T10:00:00Z",
];

describe("RFC 3339 date-times", () => {
  it.each(readable)("reads %s", (text, iso) => {
    expect(parseDateTime(text)?.toISOString()).toBe(iso);
  });

  it.each(refused)("refuses %s", (text) => {
    expect(parseDateTime(text)).toBeUndefined();
  });

  it("writes UTC, with milliseconds only when there are some", () => {
    expect(formatDateTime(new Date("2024-01-31T10:00:00.000Z"))).toBe("2024-01-31T10:00:00Z");
    expect(formatDateTime(new Date("2024-01-31T10:00:00.010Z"))).toBe("2024-01-31T10:00:00.010Z");
  });
});
