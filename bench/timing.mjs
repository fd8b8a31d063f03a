// Helpers shared by the benchmarks: run a command several times, take the median.
import { spawnSync } from "node:child_process";

/** Runs a command `runs` times and answers the wall times in milliseconds, sorted. */
export function timeCommand(command, args, { runs = 5, before, env } = {}) {
  const times = [];
  for (let index = 0; index < runs; index += 1) {
    before?.();
    const started = process.hrtime.bigint();
    const run = spawnSync(command, args, { stdio: "pipe", env: { ...process.env, ...env } });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (run.status !== 0) {
      throw new Error(`${command} ${args.join(" ")} failed:\n${run.stderr.toString()}`);
    }
    times.push(elapsed);
  }
  return times.sort((a, b) => a - b);
}

/** The median of sorted numbers. */
export function median(sorted) {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Formats milliseconds for a table. */
export function ms(value) {
  return `${value.toFixed(0)} ms`;
}
