import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../bin/sailkit.js");
const run = promisify(execFile);

/** What one run of the built `sailkit` command printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `sailkit` command (as a user would) with the given arguments. */
export async function sailkit(args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as CliRun;
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
