import { describe, expectTypeOf, it } from "vitest";
import { filterKit, sortersFor } from "../src/index.js";
import { metadata } from "./fixtures/metadata.js";

const workflows = sortersFor(metadata, "listWorkflows");
const accounts = filterKit()(metadata).sorters("listAccounts");

describe("sorters bound to an operation", () => {
  it("take documented fields, ascending or with - for descending, and answer the text", () => {
    expectTypeOf(workflows.by("-modified", "name")).toEqualTypeOf<string>();
    expectTypeOf(accounts.by("-identity.name")).toEqualTypeOf<string>();
    expectTypeOf(workflows.param).toEqualTypeOf<"sorters">();
  });

  it("refuse undocumented fields, other prefixes and an empty list", () => {
    // @ts-expect-error: listWorkflows does not sort on created
    void workflows.by("created");
    // @ts-expect-error: nor on -created
    void workflows.by("-created");
    // @ts-expect-error: + is not a prefix
    void workflows.by("+name");
    // @ts-expect-error: at least one key
    void workflows.by();
    // @ts-expect-error: a field of another operation
    void workflows.by("identity.name");
  });

  it("let a field the spec forgot through, visibly", () => {
    expectTypeOf(workflows.by("name", workflows.unchecked("-created"))).toEqualTypeOf<string>();
  });

  it("exist only for operations that document sorters", () => {
    // @ts-expect-error: getWorkflowExecutions has no sorters
    void sortersFor(metadata, "getWorkflowExecutions");
  });
});
