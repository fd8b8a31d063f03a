// The typed builders against what `sailkit generate` really writes: @sailkit/v3's metadata and
// openapi-typescript's `operations` (types only; the package does not depend on @sailkit/v3).
import { operationMetadata, type operations } from "@sailkit/v3";
import { describe, expectTypeOf, it } from "vitest";
import { filterKit } from "../src/index.js";

const kit = filterKit<operations>()(operationMetadata);

describe("typed by @sailkit/v3", () => {
  it("getWorkflowExecutions takes the spec's statuses, and start_time ranges", () => {
    const f = kit.filters("getWorkflowExecutions");
    const since = new Date("2025-04-01T00:00:00Z");

    expectTypeOf(f.eq("status", "Failed").and(f.ge("start_time", since)).text).toBeString();
    expectTypeOf(f).not.toHaveProperty("ne");
    // @ts-expect-error: not a status the spec lists
    void f.eq("status", "Faild");
    // @ts-expect-error: status takes eq only
    void f.gt("status", "Failed");
  });

  it("listWorkflows filters enabled as a boolean and sorts on modified and name", () => {
    const f = kit.filters("listWorkflows");
    const s = kit.sorters("listWorkflows");

    expectTypeOf(f.eq("enabled", true).or(f.eq("triggerId", "idn:x")).text).toBeString();
    expectTypeOf(s.by("-modified", "name")).toBeString();
    // @ts-expect-error: enabled is a boolean
    void f.eq("enabled", "true");
    // @ts-expect-error: listWorkflows does not sort on created
    void s.by("-created");
  });

  it("has no builder for operations without filters", () => {
    // @ts-expect-error: getWorkflow documents no filters
    void kit.filters("getWorkflow");
  });
});
