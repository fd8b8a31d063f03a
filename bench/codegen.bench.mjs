// Codegen on the whole upstream v3 spec: openapi-typescript alone against `sailkit generate`
// (which runs openapi-typescript and also bundles and reads the operation metadata), side by
// side in one run; then `sailkit generate` again on the unchanged spec.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { median, ms, timeCommand } from "./timing.mjs";

const root = path.resolve(import.meta.dirname, "..");
const spec = path.resolve(root, "../shared/upstream/v3/2026-08/sailpoint-api.v3.yaml");
if (!existsSync(spec)) {
  console.log(`skipped: ${spec} is absent (../shared/upstream)`);
  process.exit(0);
}

const runs = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(path.join(tmpdir(), "sailkit-bench-"));
const openapiTs = path.join(root, "packages/codegen/node_modules/openapi-typescript/bin/cli.js");
const sailkit = path.join(root, "packages/codegen/bin/sailkit.js");
const out = path.join(work, "sailkit-out");

const alone = timeCommand(process.execPath, [openapiTs, spec, "-o", path.join(work, "ots.ts")], {
  runs,
});
const full = timeCommand(process.execPath, [sailkit, "generate", "--spec", spec, "--out", out], {
  runs,
  before: () => rmSync(out, { recursive: true, force: true }),
});
const unchanged = timeCommand(
  process.execPath,
  [sailkit, "generate", "--spec", spec, "--out", out],
  { runs },
);
rmSync(work, { recursive: true, force: true });

const rows = [
  ["openapi-typescript alone", median(alone)],
  ["sailkit generate (types + metadata)", median(full)],
  ["sailkit generate, spec unchanged", median(unchanged)],
];
console.log(`upstream v3 spec, ${runs} runs each, median wall time (process start included)\n`);
console.log("| run | median |\n| --- | --- |");
for (const [name, value] of rows) console.log(`| ${name} | ${ms(value)} |`);
console.log(`\nsailkit generate / openapi-typescript: ${(median(full) / median(alone)).toFixed(2)}x`);
console.log(`unchanged / openapi-typescript: ${(median(unchanged) / median(alone)).toFixed(2)}x`);
