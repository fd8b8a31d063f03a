import { parseArgs } from "node:util";
import { generate } from "./generate.js";
import { SpecError, formatProblem, type SpecProblem } from "./spec-error.js";

/** Exit codes of the `sailkit` command. */
export const EXIT = {
  ok: 0,
  /** `generate --check`: the output would change. */
  changed: 1,
  /** The command line was not understood. */
  usage: 2,
  /** The spec could not be read or turned into code. */
  specError: 3,
} as const;

const USAGE = `Usage: sailkit <command> [options]

Commands:
  generate   Generate TypeScript types and operation metadata from a spec

Run "sailkit <command> --help" for a command's options.

Exit codes: 0 done, 1 --check found the output would change, 2 bad command line,
3 the spec could not be read or generated.`;

const GENERATE_USAGE = `Usage: sailkit generate --spec <file> --out <dir> [--check]

Reads a YAML or JSON OpenAPI 3.0/3.1 spec (multi-file $refs are followed) and writes
<dir>/index.ts, <dir>/schema.ts and <dir>/metadata.ts. The folder is replaced whole only when
generation succeeds.

Options:
  --spec <file>  the spec's root file
  --out <dir>    the output folder
  --check        write nothing; exit 1 when the output would change
  --help         show this help`;

/** Runs the CLI with the given arguments and answers the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;

  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "generate") return runCommand(() => runGenerate(rest));

  process.stderr.write(`sailkit: unknown command "${command}"\n\n${USAGE}\n`);
  return EXIT.usage;
}

async function runCommand(command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`sailkit: ${error.message}\n\n${error.usage}\n`);
      return EXIT.usage;
    }
    if (error instanceof SpecError) {
      process.stderr.write(`sailkit: ${error.message}\n`);
      return EXIT.specError;
    }
    throw error;
  }
}

async function runGenerate(args: string[]): Promise<number> {
  const values = parseOptions(args, GENERATE_USAGE, {
    spec: { type: "string" },
    out: { type: "string" },
    check: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  });
  if (values["help"]) {
    process.stdout.write(`${GENERATE_USAGE}\n`);
    return EXIT.ok;
  }

  const spec = requireString(values, "spec", GENERATE_USAGE);
  const out = requireString(values, "out", GENERATE_USAGE);
  const check = values["check"] === true;

  process.stderr.write(`sailkit: reading ${spec}\n`);
  const result = await generate({ spec, out, check });
  reportWarnings(result.warnings);

  const count = `${result.operations.length} operations`;
  if (check) {
    process.stdout.write(
      result.changed ? `${out} is out of date (${count})\n` : `${out} is up to date\n`,
    );
    return result.changed ? EXIT.changed : EXIT.ok;
  }

  const verb = result.written ? "wrote" : "unchanged:";
  process.stdout.write(`sailkit: ${verb} ${result.files.join(", ")} in ${out} (${count})\n`);
  return EXIT.ok;
}

function reportWarnings(warnings: readonly SpecProblem[]): void {
  if (warnings.length === 0) return;

  process.stderr.write(`sailkit: ${warnings.length} warning(s):\n`);
  for (const warning of warnings) process.stderr.write(`${formatProblem(warning)}\n`);
}

class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

type OptionSpec = Record<string, { type: "string" | "boolean"; default?: boolean }>;

function parseOptions(args: string[], usage: string, options: OptionSpec) {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (error) {
    throw new UsageError((error as Error).message, usage);
  }
}

function requireString(values: Record<string, unknown>, name: string, usage: string): string {
  const value = values[name];
  if (typeof value !== "string" || value === "")
    throw new UsageError(`--${name} is required`, usage);

  return value;
}
