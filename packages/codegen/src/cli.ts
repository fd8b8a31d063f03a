import { OutputFolderError } from "./output-folder.js";
import { SpecError } from "./spec-error.js";
import { EXIT, tell, say, UsageError } from "./cli/args.js";

export { EXIT } from "./cli/args.js";

const USAGE = `Usage: sailkit <command> [options]

Commands:
  generate   Generate TypeScript types and operation metadata from a spec
  inspect    Summarise a spec's operations, paging, filters, sorters and warnings
  diff       Compare two specs: breaking and other changes, and the version bump

Run "sailkit <command> --help" for a command's options.

Exit codes: 0 done, 1 generate --check found the output would change (or diff --fail-on met
a change), 2 bad command line, 3 the spec could not be read or generated, 4 internal error
(--debug shows the stack).`;

/** Each command is loaded when it runs, so `--help` and up-to-date checks start fast. */
const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  generate: async (args) => (await import("./cli/generate-command.js")).runGenerate(args),
  inspect: async (args) => (await import("./cli/inspect-command.js")).runInspect(args),
  diff: async (args) => (await import("./cli/diff-command.js")).runDiff(args),
};

/** Runs the CLI with the given arguments and answers the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;

  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    say(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }

  const command = COMMANDS[name];
  if (!command) {
    tell(`sailkit: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  return runCommand(() => command(rest), rest.includes("--debug"));
}

async function runCommand(command: () => Promise<number>, debug: boolean): Promise<number> {
  try {
    return await command();
  } catch (error) {
    if (error instanceof UsageError) {
      tell(`sailkit: ${error.message}\n\n${error.usage}`);
      return EXIT.usage;
    }
    if (error instanceof OutputFolderError) {
      tell(`sailkit: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof SpecError) {
      tell(`sailkit: ${error.message}`);
      if (debug) tell(error.stack ?? "");
      return EXIT.specError;
    }

    const message = error instanceof Error ? error.message : String(error);
    tell(`sailkit: internal error: ${message}`);
    tell(
      debug && error instanceof Error ? (error.stack ?? "") : "(run with --debug for the stack)",
    );
    return EXIT.internal;
  }
}
