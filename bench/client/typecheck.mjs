// Type-check cost of each consumer: `tsc --extendedDiagnostics` on a project of that one file
// (strict, skipLibCheck, no @types), median time and memory of several runs.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { median } from "../timing.mjs";
import { run, tsc } from "./workspace.mjs";

const tscCpu = path.join(import.meta.dirname, "tsc-cpu.cjs");

const options = {
  strict: true,
  module: "nodenext",
  moduleResolution: "nodenext",
  target: "es2022",
  lib: ["es2022", "dom"],
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

/** The number after `label:` in tsc's diagnostics, in seconds or kilobytes. */
function figure(text, label) {
  return Number(new RegExp(`${label}:\\s+([\\d.]+)`).exec(text)?.[1] ?? Number.NaN);
}

/**
 * Type-checks one file `runs` times: median CPU seconds, wall seconds (tsc's total time) and
 * memory (MB). Throws, with tsc's errors, when the file does not type-check.
 */
export function typeCheckCost(folder, file, runs) {
  const project = path.join(folder, `tsconfig.${path.basename(file, ".ts")}.json`);
  writeFileSync(project, JSON.stringify({ compilerOptions: options, files: [file] }));

  run(process.execPath, [tsc, "-p", project, "--pretty", "false"], { cwd: folder });
  const cpu = [];
  const seconds = [];
  const megabytes = [];
  for (let index = 0; index < runs; index += 1) {
    const result = spawnSync(process.execPath, [tscCpu, "-p", project, "--extendedDiagnostics"], {
      cwd: folder,
      encoding: "utf8",
      env: { ...process.env, SAILKIT_TSC: tsc },
    });
    cpu.push(Number(/cpu-ms ([\d.]+)/.exec(result.stderr)?.[1]) / 1000);
    seconds.push(figure(result.stdout, "Total time"));
    megabytes.push(figure(result.stdout, "Memory used") / 1024);
  }

  const middle = (values) => median(values.sort((a, b) => a - b));
  return { cpu: middle(cpu), seconds: middle(seconds), megabytes: middle(megabytes) };
}

/** Whether tsc refuses a file: proof that the consumer's types are real, not `any`. */
export function refuses(folder, file, text) {
  writeFileSync(path.join(folder, file), text);
  try {
    typeCheckCost(folder, file, 0);
    return false;
  } catch {
    return true;
  }
}
