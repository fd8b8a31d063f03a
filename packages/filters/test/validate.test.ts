import { describe, expect, it } from "vitest";
import { validateFilter, validateSorters, type QueryProblem } from "../src/index.js";
import { metadata } from "./fixtures/metadata.js";

type Expected = Partial<QueryProblem>;

// operation, filter text, and the problems expected, in order of position.
const filterCases: [string, string, Expected[]][] = [
  ["getWorkflowExecutions", 'status eq "Failed" and start_time ge 2024-01-31T10:00:00Z', []],
  [
    "getWorkflowExecutions",
    'status ne "Failed"',
    [
      {
        code: "operator-not-allowed",
        position: 7,
        field: "status",
        operator: "ne",
        allowed: ["eq"],
      },
    ],
  ],
  [
    "getWorkflowExecutions",
    'status in ("Failed")',
    [{ code: "operator-not-allowed", operator: "in" }],
  ],
  [
    "getWorkflowExecutions",
    "pr status",
    [{ code: "operator-not-allowed", position: 0, operator: "pr" }],
  ],
  ["getWorkflowExecutions", "start_time co 5", [{ code: "operator-not-allowed", position: 11 }]],
  [
    "getWorkflowExecutions",
    "startTime gt 2024-01-31T10:00:00Z",
    [{ code: "unknown-field", position: 0, field: "startTime", allowed: ["start_time", "status"] }],
  ],
  [
    "getWorkflowExecutions",
    'status eq "A" or nope eq 1 or status sw "x"',
    [
      { code: "unknown-field", position: 17 },
      { code: "operator-not-allowed", position: 37 },
    ],
  ],
  ["getWorkflowExecutions", "status eq Failed", [{ code: "syntax", position: 10 }]],
  ["listWorkflows", 'enabled eq true and triggerId eq "idn:x"', []],
  ["listWorkflows", "not enabled eq true or enabled eq false", []],
  ["listAccounts", 'id in ("a", "b") and identity.name sw "Ad" and tags ca ("x")', []],
  [
    "listAccounts",
    'name eq "a" or name eq "b"',
    [{ code: "composite-not-allowed", position: 12, allowed: ["and"] }],
  ],
  ["listAccounts", 'not name eq "a"', [{ code: "composite-not-allowed", position: 0 }]],
  [
    "listAccounts",
    "lastUsed isnull and pr lastUsed and pr count",
    [{ code: "operator-not-allowed", position: 36, field: "count", operator: "pr" }],
  ],
  ["listReports", 'not type eq "CSV"', []],
  [
    "listReports",
    'type eq "CSV" or type eq "PDF"',
    [{ code: "composite-not-allowed", position: 14 }],
  ],
  ["getWorkflow", 'id eq "x"', [{ code: "not-supported", position: 0 }]],
  ["noSuchOperation", 'id eq "x"', [{ code: "unknown-operation", position: 0 }]],
  ["constructor", 'id eq "x"', [{ code: "unknown-operation" }]],
  ["listAccounts", 'toString eq "x"', [{ code: "unknown-field", field: "toString" }]],
];

const sorterCases: [string, string, Expected[]][] = [
  ["listWorkflows", "-modified,name", []],
  ["listWorkflows", "", []],
  [
    "listWorkflows",
    "-created,name",
    [{ code: "unknown-field", position: 1, field: "created", allowed: ["modified", "name"] }],
  ],
  ["listWorkflows", "name,-name", [{ code: "duplicate-field", position: 6, field: "name" }]],
  ["listWorkflows", "name,", [{ code: "syntax", position: 5 }]],
  ["listAccounts", "-identity.name,modified", []],
  ["getWorkflowExecutions", "name", [{ code: "not-supported" }]],
  ["nope", "name", [{ code: "unknown-operation" }]],
];

describe("validateFilter lists what the service would refuse, before any request", () => {
  it.each(filterCases)("%s: %s", (operationId, text, expected) => {
    const problems = validateFilter(metadata, operationId, text);

    expect(problems).toHaveLength(expected.length);
    expected.forEach((problem, index) => expect(problems[index]).toMatchObject(problem));
    problems.forEach((problem) => expect(problem.message.length).toBeGreaterThan(20));
  });

  it("says in words what is wrong and what would be right", () => {
    expect(validateFilter(metadata, "getWorkflowExecutions", 'status ne "Failed"')).toEqual([
      {
        code: "operator-not-allowed",
        message: "The field 'status' does not take 'ne'; it takes 'eq'",
        position: 7,
        field: "status",
        operator: "ne",
        allowed: ["eq"],
      },
    ]);
  });
});

describe("validateSorters lists unknown, repeated and malformed sort fields", () => {
  it.each(sorterCases)("%s: %j", (operationId, text, expected) => {
    const problems = validateSorters(metadata, operationId, text);

    expect(problems).toHaveLength(expected.length);
    expected.forEach((problem, index) => expect(problems[index]).toMatchObject(problem));
  });
});
