// A throw-away folder with the consumers the client benchmarks measure: one calling
// listWorkflows and getWorkflowExecutions through sailkit (with a package generated from the
// whole upstream v3 spec, passed as `spec`), the same through SailPoint's SDK, and an empty
// baseline. Its node_modules links the packages, so node, esbuild and tsc resolve them alike.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Paths the client benchmarks share. */
export const root = path.resolve(import.meta.dirname, "../..");
export const upstreamSpec = path.resolve(
  root,
  "../shared/upstream/v3/2026-08/sailpoint-api.v3.yaml",
);
export const peerFolder = path.join(root, "bench/node_modules/sailpoint-api-client");
export const tsc = path.join(root, "node_modules/typescript/bin/tsc");

const consumers = {
  "empty.ts": "export {};\n",
  "sailkit.ts": `import { createClient } from "@sailkit/client";
import * as upstream from "upstream-v3";

const client = createClient<upstream.paths, typeof upstream.operationMetadata>({
  baseUrl: "http://127.0.0.1:9",
  accessToken: "t",
  spec: upstream,
});

export async function run(id: string): Promise<number> {
  const { data: workflows } = await client.listWorkflows();
  const { data: runs } = await client.getWorkflowExecutions({ params: { path: { id } } });
  return (workflows?.length ?? 0) + (runs?.length ?? 0);
}
`,
  "sailkit-v3.ts": `import { createClient } from "@sailkit/client";

const client = createClient({ baseUrl: "http://127.0.0.1:9", accessToken: "t" });

export async function run(id: string): Promise<number> {
  const { data: workflows } = await client.listWorkflows();
  const { data: runs } = await client.getWorkflowExecutions({ params: { path: { id } } });
  return (workflows?.length ?? 0) + (runs?.length ?? 0);
}
`,
  "peer.ts": `import { Configuration, WorkflowsApi } from "sailpoint-api-client";

const configuration = new Configuration({ baseurl: "http://127.0.0.1:9", accessToken: "t" });
const api = new WorkflowsApi(configuration);

export async function run(id: string): Promise<number> {
  const { data: workflows } = await api.listWorkflows();
  const { data: runs } = await api.getWorkflowExecutions({ id });
  return workflows.length + runs.length;
}
`,
};

/** Runs a command, throwing with its output when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Builds the folder: generates the upstream package with `sailkit generate`, compiles it to
 * JavaScript and declarations (as a published package would ship), writes the consumers and
 * links `@sailkit/client`, `upstream-v3` and `sailpoint-api-client` into node_modules.
 */
export function createWorkspace() {
  const folder = mkdtempSync(path.join(tmpdir(), "sailkit-client-bench-"));
  // Outside node_modules, or tsc would not emit it; linked into node_modules below.
  const upstream = path.join(folder, "upstream-v3");
  const sailkit = path.join(root, "packages/codegen/bin/sailkit.js");

  run(process.execPath, [
    sailkit,
    "generate",
    "--spec",
    upstreamSpec,
    "--out",
    path.join(upstream, "src"),
  ]);
  writeFileSync(
    path.join(upstream, "package.json"),
    JSON.stringify({
      name: "upstream-v3",
      type: "module",
      types: "./dist/index.d.ts",
      exports: { types: "./dist/index.d.ts", default: "./dist/index.js" },
    }),
  );
  run(process.execPath, [
    tsc,
    "--declaration",
    "--skipLibCheck",
    "--module",
    "nodenext",
    "--target",
    "es2022",
    "--outDir",
    path.join(upstream, "dist"),
    path.join(upstream, "src/index.ts"),
  ]);

  mkdirSync(path.join(folder, "node_modules/@sailkit"), { recursive: true });
  symlinkSync(
    path.join(root, "packages/client"),
    path.join(folder, "node_modules/@sailkit/client"),
  );
  symlinkSync(upstream, path.join(folder, "node_modules/upstream-v3"));
  symlinkSync(peerFolder, path.join(folder, "node_modules/sailpoint-api-client"));
  for (const [name, text] of Object.entries(consumers))
    writeFileSync(path.join(folder, name), text);

  return folder;
}
