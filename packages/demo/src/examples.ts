import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { components } from "@sailkit/v3";

/** A workflow definition the demo creates, as `createWorkflow` takes it. */
export type WorkflowExample = components["schemas"]["CreateWorkflowRequest"];

/** The repository's `examples/workflows/` folder, found from this file's place. */
export const examplesFolder = fileURLToPath(
  new URL("../../../examples/workflows/", import.meta.url),
);

/** Reads every `*.json` workflow in the folder, in name order. */
export async function loadExamples(folder = examplesFolder): Promise<WorkflowExample[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith(".json")).sort();

  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(folder, name), "utf8");
      return JSON.parse(text) as WorkflowExample;
    }),
  );
}
