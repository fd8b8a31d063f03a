#!/usr/bin/env node
// Runs every benchmark in this folder, one after the other: `pnpm bench` (all) or
// `pnpm bench codegen` (those whose file name contains the word).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const only = process.argv[2] ?? "";
const files = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith(".bench.mjs") && name.includes(only))
  .sort();

let failed = false;
for (const name of files) {
  console.log(`\n## ${name}\n`);
  const run = spawnSync(process.execPath, ["--expose-gc", path.join(import.meta.dirname, name)], {
    stdio: "inherit",
  });
  failed ||= run.status !== 0;
}
process.exitCode = failed ? 1 : 0;
