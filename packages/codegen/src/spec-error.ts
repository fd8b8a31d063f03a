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

/**
 * Renders a problem as `file#pointer: message`, leaving out the parts that are unknown. Control
 * characters from the spec are shown escaped, so a spec cannot drive the terminal.
 */
export function formatProblem(problem: SpecProblem): string {
  const where = `${problem.file ?? ""}${problem.pointer ? `#${problem.pointer}` : ""}`;
  const text = where ? `  ${where}: ${problem.message}` : `  ${problem.message}`;

  return escapeControls(text);
}

/** Writes control characters (ESC, newlines, ...) as `\u001b`-style escapes. */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
