/** One problem found in a spec, located by file and JSON pointer where they are known. */
export interface SpecProblem {
  message: string;
  file?: string;
  pointer?: string;
}

/**
 * Thrown when a spec cannot be read, bundled or turned into code. Its message lists every
 * problem with its file and JSON pointer, so the person fixing the spec knows where to look.
 */
export class SpecError extends Error {
  readonly problems: readonly SpecProblem[];

  constructor(summary: string, problems: readonly SpecProblem[]) {
    super([summary, ...problems.map(formatProblem)].join("\n"));
    this.name = "SpecError";
    this.problems = problems;
  }
}

/** Renders a problem as `file#pointer: message`, leaving out the parts that are unknown. */
export function formatProblem(problem: SpecProblem): string {
  const where = `${problem.file ?? ""}${problem.pointer ? `#${problem.pointer}` : ""}`;

  return where ? `  ${where}: ${problem.message}` : `  ${problem.message}`;
}
