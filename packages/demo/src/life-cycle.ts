import type { SailClient } from "@sailkit/client";
import type { components } from "@sailkit/v3";
import type { WorkflowExample } from "./examples.js";
import { expectOk, type Report } from "./report.js";

type Workflow = components["schemas"]["Workflow"];

/** What the life cycle leaves behind, for callers that check it. */
export interface LifeCycleOutcome {
  created: Workflow[];
  testedExecutionId: string | undefined;
  finalStatus: string | undefined;
}

/**
 * Walks the Workflows life cycle: create the examples (new workflows start disabled), list and
 * read them, test one, follow its execution and history, cancel it, and delete what was made.
 */
export async function runLifeCycle(
  client: SailClient,
  examples: WorkflowExample[],
  report: Report,
): Promise<LifeCycleOutcome> {
  const created: Workflow[] = [];

  try {
    return await walk(client, examples, report, created);
  } finally {
    await removeCreated(client, created, report);
  }
}

async function walk(
  client: SailClient,
  examples: WorkflowExample[],
  report: Report,
  created: Workflow[],
): Promise<LifeCycleOutcome> {
  report.step(`Create ${examples.length} workflows from examples/workflows/`);
  for (const example of examples) {
    const workflow = expectOk("createWorkflow", await client.POST("/workflows", { body: example }));
    created.push(workflow);
    report.line(`${workflow.name} -> ${workflow.id} (enabled: ${String(workflow.enabled)})`);
  }

  report.step("List workflows");
  const listed = expectOk(
    "listWorkflows",
    await client.GET("/workflows", { params: { query: { limit: 50 } } }),
  );
  const ours = new Set(created.map((workflow) => workflow.id));
  for (const workflow of listed) {
    const origin = ours.has(workflow.id) ? "created just now" : "already in the tenant";
    report.line(`${workflow.id}  ${workflow.name}  (${origin})`);
  }

  const [first] = created;
  if (!first?.id) return { created, testedExecutionId: undefined, finalStatus: undefined };
  const id = first.id;

  report.step(`Read workflow "${first.name}"`);
  const read = expectOk(
    "getWorkflow",
    await client.GET("/workflows/{id}", { params: { path: { id } } }),
  );
  const steps = Object.keys(read.definition?.steps ?? {});
  report.line(`trigger ${read.trigger?.type ?? "none"}; steps: ${steps.join(", ")}`);

  report.step("Test it (only a disabled workflow can be tested)");
  const test = expectOk(
    "testWorkflow",
    await client.POST("/workflows/{id}/test", {
      params: { path: { id } },
      body: { input: { identity: { id: "ee769173319b41d19ccec6cea52f237b", name: "john.doe" } } },
    }),
  );
  const executionId = test.workflowExecutionId ?? "";
  report.line(`execution ${executionId} started`);

  report.step("Follow the execution");
  const execution = expectOk(
    "getWorkflowExecution",
    await client.GET("/workflow-executions/{id}", { params: { path: { id: executionId } } }),
  );
  report.line(`status ${execution.status ?? "unknown"} since ${execution.startTime ?? "?"}`);
  const history = expectOk(
    "getWorkflowExecutionHistory",
    await client.GET("/workflow-executions/{id}/history", {
      params: { path: { id: executionId } },
    }),
  );
  for (const event of history) report.line(`${event.timestamp ?? ""}  ${event.type ?? ""}`);

  report.step("Cancel it");
  const cancel = await client.POST("/workflow-executions/{id}/cancel", {
    params: { path: { id: executionId } },
  });
  expectOk("cancelWorkflowExecution", cancel);
  const after = expectOk(
    "getWorkflowExecution",
    await client.GET("/workflow-executions/{id}", { params: { path: { id: executionId } } }),
  );
  report.line(`status now ${after.status ?? "unknown"}`);

  await showEnabledRule(client, id, report);

  return { created, testedExecutionId: executionId, finalStatus: after.status };
}

/** Enables a workflow with JSON Patch, shows it cannot be deleted so, and disables it again. */
async function showEnabledRule(client: SailClient, id: string, report: Report) {
  report.step("Enable it with JSON Patch; an enabled workflow cannot be deleted");
  const enable = [{ op: "replace" as const, path: "/enabled", value: true }];
  const enabled = expectOk(
    "patchWorkflow",
    await client.PATCH("/workflows/{id}", { params: { path: { id } }, body: enable }),
  );
  report.line(`enabled: ${String(enabled.enabled)}`);

  const refused = await client.DELETE("/workflows/{id}", { params: { path: { id } } });
  const reason = (refused.error as { messages?: { text?: string }[] } | undefined)?.messages;
  report.line(`delete -> ${refused.response.status}: ${reason?.[0]?.text ?? "(no message)"}`);

  const disable = [{ op: "replace" as const, path: "/enabled", value: false }];
  await client.PATCH("/workflows/{id}", { params: { path: { id } }, body: disable });
  report.line("disabled again, so it can be deleted");
}

/** Deletes what the demo made, also after a failed step; says what could not be deleted. */
async function removeCreated(client: SailClient, created: Workflow[], report: Report) {
  if (created.length === 0) return;

  report.step("Delete the workflows the demo created");
  for (const workflow of created) {
    const id = workflow.id ?? "";
    const deleted = await client
      .DELETE("/workflows/{id}", { params: { path: { id } } })
      .catch((error: unknown) => ({ response: { status: String(error) } }));
    report.line(`${id} -> ${deleted.response.status}`);
  }
}

/** The read-only tour for a real tenant without `--allow-writes`: list and read, change nothing. */
export async function runReadOnlyTour(client: SailClient, report: Report): Promise<number> {
  report.step("List workflows (read-only: pass --allow-writes to run the whole life cycle)");
  const listed = expectOk(
    "listWorkflows",
    await client.GET("/workflows", { params: { query: { limit: 10 } } }),
  );
  for (const workflow of listed)
    report.line(`${workflow.id}  ${workflow.name}  enabled=${String(workflow.enabled)}`);

  const [first] = listed;
  if (!first?.id) return listed.length;

  report.step(`Executions of "${first.name}"`);
  const executions = expectOk(
    "getWorkflowExecutions",
    await client.GET("/workflows/{id}/executions", {
      params: { path: { id: first.id }, query: { limit: 5 } },
    }),
  );
  for (const execution of executions) report.line(`${execution.id}  ${execution.status}`);
  return listed.length;
}
