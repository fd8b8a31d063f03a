import { loadSpec } from "../load-spec.js";
import { listOperations, type OperationInfo } from "../operations.js";
import { formatProblem, type SpecProblem } from "../spec-error.js";
import { EXIT, parseOptions, requireString, say, tell } from "./args.js";

/** Help of `sailkit inspect`. */
export const INSPECT_USAGE = `Usage: sailkit inspect --spec <file> [--json] [--debug]

Summarises what sailkit reads from a spec: operations, paged operations by style, filterable
and sortable operations, and every warning. With --json, prints one JSON document
{ "operations": [...], "warnings": [...] } instead.

Options:
  --spec <file>  the spec's root file
  --json         print JSON on stdout
  --debug        show stack traces of internal errors
  --help         show this help

Exit codes: 0 done, 2 bad command line, 3 the spec could not be read, 4 internal error.`;

/** Runs `sailkit inspect`. */
export async function runInspect(args: string[]): Promise<number> {
  const values = parseOptions(args, INSPECT_USAGE, {
    spec: { type: "string" },
    json: { type: "boolean", default: false },
    debug: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  });
  if (values["help"]) {
    say(INSPECT_USAGE);
    return EXIT.ok;
  }

  const file = requireString(values, "spec", INSPECT_USAGE);
  tell(`sailkit: bundling ${file}`);
  const spec = await loadSpec(file);
  const { operations, warnings } = listOperations(spec.document, spec.locate);
  const allWarnings = [...spec.warnings, ...warnings];

  if (values["json"]) say(JSON.stringify({ operations, warnings: allWarnings }, null, 2));
  else say(summarise(operations, allWarnings));
  return EXIT.ok;
}

/** The readable summary of `sailkit inspect`. */
export function summarise(operations: OperationInfo[], warnings: SpecProblem[]): string {
  const styles = new Map<string, number>();
  for (const operation of operations) {
    const style = operation.pagination?.style;
    if (style) styles.set(style, (styles.get(style) ?? 0) + 1);
  }

  const paged = [...styles].map(([style, count]) => `${count} ${style}`).join(", ");
  const filterable = operations.filter((operation) => operation.filters);
  const clean = filterable.filter((operation) => operation.filters?.warnings.length === 0);
  const sortable = operations.filter((operation) => operation.sorters);

  return [
    `operations:  ${operations.length}`,
    `paged:       ${[...styles.values()].reduce((a, b) => a + b, 0)} (${paged || "none"})`,
    `filterable:  ${filterable.length} (${clean.length} read without a warning)`,
    `sortable:    ${sortable.length}`,
    `warnings:    ${warnings.length}`,
    ...warnings.map(formatProblem),
  ].join("\n");
}
