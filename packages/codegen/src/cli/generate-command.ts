import { generate } from "../generate.js";
import { formatProblem, type SpecProblem } from "../spec-error.js";
import { EXIT, parseOptions, requireString, say, tell } from "./args.js";

/** Help of `sailkit generate`. */
export const GENERATE_USAGE = `Usage: sailkit generate --spec <file> --out <dir> [--check] [--debug]

Reads a YAML or JSON OpenAPI 3.0/3.1 spec (multi-file $refs are followed) and writes
<dir>/index.ts, <dir>/schema.ts and <dir>/metadata.ts. The folder is replaced whole only when
generation succeeds. When neither the spec files nor the output changed since the last run,
it says so and returns at once.

Options:
  --spec <file>  the spec's root file
  --out <dir>    the output folder
  --check        write nothing; exit 1 when the output would change
  --debug        show stack traces of internal errors
  --help         show this help

Exit codes: 0 done or up to date, 1 --check found a change, 2 bad command line,
3 the spec could not be read or generated, 4 internal error.`;

/** Runs `sailkit generate`. */
export async function runGenerate(args: string[]): Promise<number> {
  const values = parseOptions(args, GENERATE_USAGE, {
    spec: { type: "string" },
    out: { type: "string" },
    check: { type: "boolean", default: false },
    debug: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  });
  if (values["help"]) {
    say(GENERATE_USAGE);
    return EXIT.ok;
  }

  const spec = requireString(values, "spec", GENERATE_USAGE);
  const out = requireString(values, "out", GENERATE_USAGE);
  const check = values["check"] === true;

  const result = await generate({
    spec,
    out,
    check,
    onProgress: (step) => tell(`sailkit: ${step}`),
  });
  reportWarnings(result.warnings);

  if (result.upToDate) {
    say(`sailkit: ${out} is up to date (the spec has not changed since the last generation)`);
    return EXIT.ok;
  }
  const count = `${result.operations.length} operations`;
  if (check) {
    say(
      result.changed
        ? `sailkit: ${out} is out of date (${count})`
        : `sailkit: ${out} is up to date`,
    );
    return result.changed ? EXIT.changed : EXIT.ok;
  }

  const verb = result.changed ? "wrote" : "unchanged:";
  say(`sailkit: ${verb} ${result.files.join(", ")} in ${out} (${count})`);
  return EXIT.ok;
}

/** Prints warnings, one a line, with file and JSON pointer. */
export function reportWarnings(warnings: readonly SpecProblem[]): void {
  if (warnings.length === 0) return;

  tell(`sailkit: ${warnings.length} warning(s):`);
  for (const warning of warnings) tell(formatProblem(warning));
}
