// @sailkit/client against raw fetch and SailPoint's TypeScript SDK (sailpoint-api-client,
// installed in bench/ only: `npm install --prefix bench`), side by side in one run: overhead
// per request over the mock tenant, bundle size, type-check cost, import time and memory.
import { existsSync, rmSync } from "node:fs";
import { bundleSize } from "./client/bundle.mjs";
import { importCost } from "./client/import-cost.mjs";
import { measureOverhead } from "./client/overhead.mjs";
import { refuses, typeCheckCost } from "./client/typecheck.mjs";
import { createWorkspace, peerFolder, upstreamSpec } from "./client/workspace.mjs";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const calls = Number(process.env.BENCH_CALLS ?? 10_000);
const hasPeer = existsSync(peerFolder);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const table = (head, rows) =>
  [`| ${head.join(" | ")} |`, `|${head.map(() => " --- |").join("")}`]
    .concat(rows.map((row) => `| ${row.join(" | ")} |`))
    .join("\n");

if (!hasPeer) console.log("SailPoint SDK absent: `npm install --prefix bench` adds its columns\n");

console.log(`### Overhead per request: listWorkflows on the mock tenant, blocks of 500 in turn\n`);
const overhead = await measureOverhead({ calls });
const raw = overhead["raw fetch"].mean;
console.log(
  table(
    [
      "contender",
      "calls",
      "wall per call",
      "vs raw",
      "CPU per call",
      "vs raw",
      "first 1,000",
      "last 1,000",
      "drift",
    ],
    Object.entries(overhead).map(([name, { calls: made, mean, cpu, first, last }]) => [
      name,
      made.toLocaleString("en-US"),
      `${mean.toFixed(0)} µs`,
      ratio(mean, raw),
      `${cpu.toFixed(0)} µs`,
      ratio(cpu, overhead["raw fetch"].cpu),
      `${first.toFixed(0)} µs`,
      `${last.toFixed(0)} µs`,
      ratio(last, first),
    ]),
  ),
);

if (!existsSync(upstreamSpec)) {
  console.log(`\nskipped bundle, type-check and import figures: ${upstreamSpec} is absent`);
  process.exit(0);
}
const folder = createWorkspace();

console.log(
  "\n### Bundle: a consumer of listWorkflows and getWorkflowExecutions (esbuild, gzip -9)\n",
);
const bundles = {
  "sailkit, whole upstream v3 as `spec`": await bundleSize(folder, "sailkit.ts", "browser"),
  "sailkit, default @sailkit/v3": await bundleSize(folder, "sailkit-v3.ts", "browser"),
  ...(hasPeer ? { "SailPoint SDK": await bundleSize(folder, "peer.ts", "node") } : {}),
};
const peerGzip = bundles["SailPoint SDK"]?.gzip;
console.log(
  table(
    ["consumer", "minified", "gzip", "vs SDK"],
    Object.entries(bundles).map(([name, size]) => [
      name,
      kb(size.minified),
      kb(size.gzip),
      peerGzip ? ratio(size.gzip, peerGzip) : "-",
    ]),
  ),
);
const parts = Object.entries(bundles["sailkit, whole upstream v3 as `spec`"].parts);
console.log(
  `\nsailkit's parts, minified: ${parts.map(([part, n]) => `${part} ${kb(n)}`).join(", ")}`,
);

console.log(`\n### Type-check cost (tsc --extendedDiagnostics, median of ${runs})\n`);
const misuse = `import "./sailkit.js";\nimport { createClient } from "@sailkit/client";
import * as upstream from "upstream-v3";
const client = createClient<upstream.paths, typeof upstream.operationMetadata>({
  baseUrl: "http://127.0.0.1:9", accessToken: "t", spec: upstream });
void client.getWorkflowExecutions({ params: { path: { id: 1 } } });\n`;
if (!refuses(folder, "misuse.ts", misuse)) throw new Error("the upstream types are not in force");
const empty = typeCheckCost(folder, "empty.ts", runs);
const checks = {
  "sailkit, whole upstream v3": typeCheckCost(folder, "sailkit.ts", runs),
  "sailkit, default @sailkit/v3": typeCheckCost(folder, "sailkit-v3.ts", runs),
  ...(hasPeer ? { "SailPoint SDK": typeCheckCost(folder, "peer.ts", runs) } : {}),
};
const peerCheck = checks["SailPoint SDK"];
const added = (cost) => ({ cpu: cost.cpu - empty.cpu, mb: cost.megabytes - empty.megabytes });
const check = (cost) => `${cost.cpu.toFixed(2)} s (${cost.seconds.toFixed(2)} s)`;
console.log(
  table(
    ["consumer", "CPU (wall)", "memory", "added CPU", "added memory", "added vs SDK (CPU, memory)"],
    [["empty baseline", check(empty), `${empty.megabytes.toFixed(0)} MB`, "", "", ""]].concat(
      Object.entries(checks).map(([name, cost]) => {
        const mine = added(cost);
        const peer = peerCheck ? added(peerCheck) : undefined;
        return [
          name,
          check(cost),
          `${cost.megabytes.toFixed(0)} MB`,
          `${mine.cpu.toFixed(2)} s`,
          `${mine.mb.toFixed(0)} MB`,
          peer ? `${ratio(mine.cpu, peer.cpu)}, ${ratio(mine.mb, peer.mb)}` : "-",
        ];
      }),
    ),
  ),
);

console.log(`\n### Import time and memory over \`node -e 0\` (median of ${runs})\n`);
const base = importCost(folder, [], runs);
const imports = {
  "@sailkit/client (default @sailkit/v3)": importCost(folder, ["@sailkit/client"], runs),
  "@sailkit/client + whole upstream v3": importCost(
    folder,
    ["@sailkit/client", "upstream-v3"],
    runs,
  ),
  ...(hasPeer ? { "SailPoint SDK": importCost(folder, ["sailpoint-api-client"], runs) } : {}),
};
const peerImport = imports["SailPoint SDK"];
console.log(
  table(
    ["import", "added time", "added memory", "vs SDK (time, memory)"],
    Object.entries(imports).map(([name, cost]) => [
      name,
      `${(cost.ms - base.ms).toFixed(0)} ms`,
      `${(cost.megabytes - base.megabytes).toFixed(1)} MB`,
      peerImport
        ? `${ratio(cost.ms - base.ms, peerImport.ms - base.ms)}, ` +
          `${ratio(cost.megabytes - base.megabytes, peerImport.megabytes - base.megabytes)}`
        : "-",
    ]),
  ),
);
console.log(`\n\`node -e 0\`: ${base.ms.toFixed(0)} ms, ${base.megabytes.toFixed(0)} MB`);
rmSync(folder, { recursive: true, force: true });
