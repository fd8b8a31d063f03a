// Runs commands for the repository scripts: with output shown, or captured.
import { spawnSync } from "node:child_process";

/** Runs a command with its output shown; throws, naming the command, when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) {
    const how = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    throw new Error(`${command} ${args.join(" ")} failed (${how})`);
  }
}

/** Runs a command and answers `{ status, stdout, stderr }`; never throws for a failure. */
export function capture(command, args, options = {}) {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    ...options,
  });

  return { status: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/** Times a step and prints `name: N.N s` once it is done; answers the step's result. */
export async function timed(name, step) {
  const started = Date.now();
  const result = await step();
  console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  return result;
}
