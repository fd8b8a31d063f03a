import path from "node:path";
import { escapePointerStep } from "./refs.js";
import type { SpecProblem } from "./spec-error.js";

/** Maps a JSON pointer into the bundled document to the file and pointer it came from. */
export type Locator = (pointer: string) => { file: string; pointer: string };

/**
 * Builds a locator from the root file and its parsed contents. Path items that the root
 * `$ref`s from another file (as split specs do, one file a path) are traced to that file;
 * everything else is located in the root.
 */
export function createLocator(rootFile: string, root: unknown): Locator {
  const paths = (root as { paths?: Record<string, unknown> } | undefined)?.paths ?? {};

  return (pointer) => {
    for (const [name, item] of Object.entries(paths)) {
      const prefix = `/paths/${escapePointerStep(name)}`;
      const ref = (item as { $ref?: unknown } | null)?.$ref;
      if (typeof ref !== "string" || !(pointer === prefix || pointer.startsWith(`${prefix}/`))) {
        continue;
      }

      const [target = "", fragment = ""] = ref.split("#");
      if (!target) break;
      const file = path.resolve(path.dirname(rootFile), target);
      return { file, pointer: `${fragment}${pointer.slice(prefix.length)}` };
    }

    return { file: rootFile, pointer };
  };
}

/** Gives each problem the file and pointer a locator finds for it. */
export function locateProblems(problems: SpecProblem[], locate: Locator): SpecProblem[] {
  return problems.map((problem) =>
    problem.file || problem.pointer === undefined
      ? problem
      : { ...problem, ...locate(problem.pointer) },
  );
}
