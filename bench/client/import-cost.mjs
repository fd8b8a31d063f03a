// Import time and memory of each package over `node -e 0`: a fresh node per run that imports
// the package and prints its memory use; median wall time and resident memory of several runs.
import { spawnSync } from "node:child_process";
import { median } from "../timing.mjs";

/** Imports `specifiers` in a fresh node (from `folder`) `runs` times: median ms and RSS MB. */
export function importCost(folder, specifiers, runs) {
  const imports = specifiers.map((name) => `await import(${JSON.stringify(name)});`).join(" ");
  const script = `${imports} process.stdout.write(String(process.memoryUsage().rss));`;
  const times = [];
  const memory = [];

  for (let index = 0; index < runs; index += 1) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: folder,
      encoding: "utf8",
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(`importing ${specifiers} failed:\n${result.stderr}`);
    memory.push(Number(result.stdout) / 1e6);
  }

  return {
    ms: median(times.sort((a, b) => a - b)),
    megabytes: median(memory.sort((a, b) => a - b)),
  };
}
