import { describe, expect, it } from "vitest";
import { matchesFilter, parseFilter } from "../src/index.js";

const execution = {
  id: "e1",
  status: "Failed",
  startTime: "2024-01-31T10:00:00.000Z",
  closeTime: new Date("2024-01-31T10:05:00Z"),
  attempts: 3,
  enabled: true,
  manager: null,
  owner: { id: "2c9", name: "Ada Lovelace" },
  tags: ["alpha", "Beta", "gamma"],
  steps: [{ name: "Send Email" }, { name: "End" }],
  "recipientId.$": "$.identity.id",
};

// filter text, and whether `execution` matches it.
const cases: [string, boolean][] = [
  ['status eq "Failed"', true],
  ['status eq "failed"', true],
  ['status eq "Completed"', false],
  ['status ne "Completed"', true],
  ['status ne "FAILED"', false],
  ['missing ne "x"', true],
  ['missing eq "x"', false],
  ["attempts eq 3", true],
  ['attempts eq "3"', false],
  ["attempts gt 2 and attempts lt 4", true],
  ["attempts ge 3 and attempts le 3", true],
  ["attempts gt 3", false],
  ["enabled eq true", true],
  ["enabled eq false", false],
  ["enabled lt true", false],
  ['owner.name co "LOVE"', true],
  ['owner.name sw "ada"', true],
  ['owner.name sw "Love"', false],
  ["owner.name co 5", false],
  ['owner.id eq "2c9"', true],
  ['owner.missing.deeper eq "x"', false],
  ["startTime gt 2024-01-31T09:59:59Z", true],
  ["startTime eq 2024-01-31T12:00:00+02:00", true],
  ["startTime lt 2024-01-31T10:00:00Z", false],
  ["closeTime ge 2024-01-31T10:05:00Z", true],
  ["closeTime gt 2024-01-31T10:05:00Z", false],
  ['startTime gt "2024-01-01"', true],
  ["status gt 2024-01-31T09:00:00Z", false],
  ['status lt "G"', true],
  ['status in ("Completed", "failed")', true],
  ['status in ("Completed", "Running")', false],
  ['tags eq "beta"', true],
  ['tags co "amm"', true],
  ['tags ca ("alpha", "gamma")', true],
  ['tags ca ("alpha", "delta")', false],
  ['status ca ("Failed")', false],
  ['tags in ("delta", "GAMMA")', true],
  ['steps.name eq "End"', true],
  ['steps.name ca ("End", "send email")', true],
  ["pr owner", true],
  ["pr manager", false],
  ["pr missing", false],
  ["manager isnull", true],
  ["missing isnull", true],
  ["owner isnull", false],
  ["pr constructor", false],
  ["pr __proto__", false],
  ["pr toString", false],
  ['not status eq "Failed"', false],
  ['status eq "Completed" or attempts eq 3', true],
  ['status eq "Completed" or attempts eq 3 and enabled eq false', false],
  ['(status eq "Completed" or attempts eq 3) and enabled eq true', true],
];

describe("matchesFilter evaluates against a plain object", () => {
  it.each(cases)("%s → %s", (text, expected) => {
    expect(matchesFilter(parseFilter(text), execution)).toBe(expected);
  });

  it("finds nothing in values that are not objects", () => {
    for (const value of [null, undefined, 5, "status", [execution]]) {
      expect(matchesFilter(parseFilter('status eq "Failed"'), value)).toBe(Array.isArray(value));
    }
  });
});
