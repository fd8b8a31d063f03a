import { describe, expectTypeOf, it } from "vitest";
import { filter, filterKit, filtersFor, type BuiltFor, type MetadataTable } from "../src/index.js";
import { metadata } from "./fixtures/metadata.js";
import type { operations } from "./fixtures/schema.js";

const kit = filterKit<operations>()(metadata);
const executions = kit.filters("getWorkflowExecutions");
const workflows = kit.filters("listWorkflows");
const accounts = kit.filters("listAccounts");
const reports = kit.filters("listReports");
const since = new Date("2024-01-31T10:00:00Z");

describe("a builder bound to getWorkflowExecutions", () => {
  it("takes its documented fields and operators, and combines its own filters", () => {
    const built = executions.eq("status", "Failed").and(executions.ge("start_time", since));

    expectTypeOf(built).toEqualTypeOf<BuiltFor<typeof metadata, "getWorkflowExecutions">>();
    expectTypeOf(executions.or(built, executions.not(built))).toEqualTypeOf(built);
    expectTypeOf(executions.param).toEqualTypeOf<"filters">();
    expectTypeOf(String(built)).toBeString();
  });

  it("refuses undocumented fields and operators", () => {
    expectTypeOf(executions).not.toHaveProperty("ne");
    expectTypeOf(executions).not.toHaveProperty("co");
    expectTypeOf(executions).toHaveProperty("lt");
    // @ts-expect-error: status takes eq only
    void executions.lt("status", "Failed");
    // @ts-expect-error: the operation does not document startTime
    void executions.eq("startTime", since);
  });

  it("takes values of the schema's types", () => {
    // @ts-expect-error: not a status the spec lists
    void executions.eq("status", "Faild");
    // @ts-expect-error: status is a string
    void executions.eq("status", 42);
    // start_time is not a property of WorkflowExecution (startTime is): any value goes.
    void executions.lt("start_time", "2024-01-31T10:00:00Z");
  });

  it("refuses filters built for another operation, or by the unchecked builder", () => {
    // @ts-expect-error: a listWorkflows filter
    void executions.eq("status", "Failed").and(workflows.eq("enabled", true));
    // @ts-expect-error: a filter from the plain builder
    void executions.eq("status", "Failed").and(filter.eq("status", "Failed"));
  });

  it("lets undocumented fields through its visible escape hatch", () => {
    const built = executions.unchecked
      .co("workflowName", "Notify")
      .and(executions.eq("status", "Running"));
    expectTypeOf(built).toEqualTypeOf<BuiltFor<typeof metadata, "getWorkflowExecutions">>();
  });
});

describe("composite operators follow the operation's metadata", () => {
  it("listAccounts allows and only", () => {
    void accounts.eq("name", "a").and(accounts.in("id", ["a", "b"]));
    void accounts.and(accounts.pr("lastUsed"), accounts.isnull("lastUsed"));
    expectTypeOf(accounts.eq("name", "a")).not.toHaveProperty("or");
    expectTypeOf(accounts).not.toHaveProperty("or");
    expectTypeOf(accounts).not.toHaveProperty("not");
    expectTypeOf(accounts).toHaveProperty("and");
  });

  it("listReports allows and and not, and names its parameter filter", () => {
    void reports.not(reports.eq("type", "CSV")).and(reports.eq("type", "PDF"));
    expectTypeOf(reports.param).toEqualTypeOf<"filter">();
    expectTypeOf(reports.eq("type", "CSV")).not.toHaveProperty("or");
    expectTypeOf(reports).not.toHaveProperty("or");
    // @ts-expect-error: not a report type
    void reports.eq("type", "XLS");
  });
});

describe("operations that document no filters", () => {
  it("have no builder", () => {
    // @ts-expect-error: getWorkflow has no filters parameter
    void kit.filters("getWorkflow");
    // @ts-expect-error: no such operation
    void filtersFor(metadata, "listNothing");
  });

  it("without the operations type, fields are still checked and values fall back", () => {
    const untyped = filtersFor(metadata, "getWorkflowExecutions");
    void untyped.eq("status", 42);
    // @ts-expect-error: still not a documented field
    void untyped.eq("nope", 42);
  });
});

describe("metadata typed only as MetadataTable (read at run time)", () => {
  it("takes any operation, field and operator", () => {
    const loose: MetadataTable = metadata;
    const f = filtersFor(loose, "anyOperation");
    expectTypeOf(f.eq("anyField", 1).or(f.not(f.pr("other"))).text).toBeString();
  });
});
