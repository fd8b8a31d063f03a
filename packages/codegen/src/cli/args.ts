import { parseArgs } from "node:util";

/** The command line was not understood; `usage` is the help of the command concerned. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

/** The options a command accepts, as `node:util` `parseArgs` takes them. */
export type OptionSpec = Record<string, { type: "string" | "boolean"; default?: boolean }>;

/** Parsed option values by name. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** Parses a command's options strictly; an unknown option or a stray word is a usage error. */
export function parseOptions(args: string[], usage: string, options: OptionSpec): OptionValues {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError((error as Error).message, usage);
  }
}

/** The value of a required string option. */
export function requireString(values: OptionValues, name: string, usage: string): string {
  const value = values[name];
  if (typeof value !== "string" || value === "") {
    throw new UsageError(`--${name} is required`, usage);
  }

  return value;
}

/** Exit codes of the `sailkit` command. */
export const EXIT = {
  ok: 0,
  /** `generate --check`: the output would change. */
  changed: 1,
  /** The command line was not understood. */
  usage: 2,
  /** The spec could not be read or turned into code. */
  specError: 3,
  /** A failure inside sailkit itself; `--debug` shows the stack. */
  internal: 4,
} as const;

/** Writes one line to stdout, the stream for a command's result. */
export function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** Writes one line to stderr, the stream for progress, warnings and errors. */
export function tell(text: string): void {
  process.stderr.write(`${text}\n`);
}
