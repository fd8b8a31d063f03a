#!/usr/bin/env node
// Runs every check of the repository (lint, typecheck, build, tests) through turbo, then sums
// the test results of all packages from their vitest JSON reports. The last line printed is
// `N passed, N failed`; the exit code is non-zero when any task or test failed.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const tasks = process.argv.slice(2);
const reports = readdirSync(path.join(root, "packages")).map((name) =>
  path.join(root, "packages", name, ".vitest-report.json"),
);

for (const report of reports) rmSync(report, { force: true });

const turbo = spawnSync(
  "pnpm",
  [
    "exec",
    "turbo",
    "run",
    ...(tasks.length ? tasks : ["lint", "typecheck", "build", "test"]),
    "--continue",
  ],
  { cwd: root, stdio: "inherit", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } },
);

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const report of reports.filter((file) => existsSync(file))) {
  const result = JSON.parse(readFileSync(report, "utf8"));
  totals.passed += result.numPassedTests;
  totals.failed += result.numFailedTests;
  totals.skipped += result.numPendingTests + (result.numTodoTests ?? 0);
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = turbo.status === 0 && totals.failed === 0 ? 0 : 1;
