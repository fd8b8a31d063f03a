import { createClient } from "@sailkit/client";
import { startMockTenant } from "@sailkit/fixtures";
import { describe, expect, it } from "vitest";
import { loadExamples } from "./examples.js";
import { runLifeCycle, runReadOnlyTour } from "./life-cycle.js";
import { streamReport } from "./report.js";

function collectingReport() {
  const chunks: string[] = [];
  return { report: streamReport((text) => chunks.push(text)), text: () => chunks.join("") };
}

describe("the demo's life cycle against the mock tenant", () => {
  it("creates every example disabled, tests one, follows and cancels its execution", async () => {
    const mock = await startMockTenant();
    const examples = await loadExamples();
    const { report, text } = collectingReport();

    try {
      const outcome = await runLifeCycle(createClient(mock), examples, report);

      expect(examples.length).toBeGreaterThanOrEqual(2);
      expect(outcome.created.map((workflow) => workflow.name)).toEqual(examples.map((e) => e.name));
      expect(outcome.created.every((workflow) => workflow.enabled === false)).toBe(true);
      expect(outcome.finalStatus).toBe("Canceled");
      expect(text()).toMatch(/WorkflowExecutionStarted/);
      expect(text()).toMatch(/status now Canceled/);
      expect(text().match(/\(created just now\)/g)).toHaveLength(examples.length);
      expect(text()).toMatch(/enabled: true\n\s+delete -> 400: /);
      expect(text()).toMatch(/-> 204/);
    } finally {
      await mock.close();
    }
  });

  it("changes nothing on the read-only tour", async () => {
    const mock = await startMockTenant();
    const client = createClient(mock);
    const before = await client.GET("/workflows");
    const { report } = collectingReport();

    try {
      const count = await runReadOnlyTour(client, report);
      const after = await client.GET("/workflows");

      expect(count).toBe(before.data?.length);
      expect(after.data).toEqual(before.data);
    } finally {
      await mock.close();
    }
  });
});

describe("the demo's clean-up", () => {
  it("deletes what it created even when a later step fails", async () => {
    const mock = await startMockTenant();
    const client = createClient(mock);
    const before = (await client.GET("/workflows")).data?.length ?? 0;
    const { report } = collectingReport();
    mock.state.injectFault({ status: 500, operationId: "testWorkflow" });

    try {
      await expect(runLifeCycle(client, await loadExamples(), report)).rejects.toThrow(
        /testWorkflow failed: 500/,
      );
      const after = (await client.GET("/workflows")).data?.length;

      expect(after).toBe(before);
    } finally {
      await mock.close();
    }
  });
});
