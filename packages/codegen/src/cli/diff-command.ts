import type { ChangeLevel } from "../diff/change.js";
import { diffSpecs } from "../diff/diff-specs.js";
import { formatDiff, reaches } from "../diff/format-text.js";
import { EXIT, parseOptions, requireString, say, tell, UsageError } from "./args.js";

/** Help of `sailkit diff`. */
export const DIFF_USAGE = `Usage: sailkit diff --base <spec> --head <spec> [--json]
                   [--fail-on <level>] [--debug]

Compares two specs (each one file or many joined by $refs) as a caller of the client feels
it: operations added, removed or renamed; parameters; request bodies that demand more;
responses that give less (or more); deprecations; documentation. Each change has a level:
breaking, non-breaking or info. The result names the version bump: major (any breaking
change), minor (any non-breaking one), patch (documentation only) or none (the same spec).

With --json, prints one JSON document on stdout:
  { "bump": "major|minor|patch|none",
    "changes": [ { "level", "kind", "operationId", "method", "path",
                   "pointer": { "base", "head" }, "message" } ] }
Pointers are JSON pointers into each bundled spec; null where the thing does not exist.

Options:
  --base <spec>       the older spec's root file
  --head <spec>       the newer spec's root file
  --json              print JSON on stdout
  --fail-on <level>   exit 1 when a change is at this level or above: breaking,
                      non-breaking or info (default: never)
  --debug             show stack traces of internal errors
  --help              show this help

Exit codes: 0 compared (whatever changed), 1 --fail-on met a change at its level,
2 bad command line, 3 a spec could not be read, 4 internal error.`;

const LEVELS: readonly ChangeLevel[] = ["breaking", "non-breaking", "info"];

/** Runs `sailkit diff`. */
export async function runDiff(args: string[]): Promise<number> {
  const values = parseOptions(args, DIFF_USAGE, {
    base: { type: "string" },
    head: { type: "string" },
    json: { type: "boolean", default: false },
    "fail-on": { type: "string" },
    debug: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  });
  if (values["help"]) {
    say(DIFF_USAGE);
    return EXIT.ok;
  }

  const base = requireString(values, "base", DIFF_USAGE);
  const head = requireString(values, "head", DIFF_USAGE);
  const failOn = values["fail-on"];
  if (failOn !== undefined && !LEVELS.includes(failOn as ChangeLevel)) {
    throw new UsageError(`--fail-on must be one of ${LEVELS.join(", ")}`, DIFF_USAGE);
  }

  tell(`sailkit: comparing ${base} with ${head}`);
  const diff = await diffSpecs(base, head);
  say(values["json"] ? JSON.stringify(diff, null, 2) : formatDiff(diff));

  const failed = typeof failOn === "string" && reaches(diff, failOn as ChangeLevel);
  return failed ? EXIT.changed : EXIT.ok;
}
