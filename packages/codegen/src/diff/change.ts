import { CHANGE_KINDS, type ChangeKind } from "./kinds.js";

/** How much a change matters to code that calls the generated client. */
export type ChangeLevel = "breaking" | "non-breaking" | "info";

/** The semantic version bump a set of changes calls for. */
export type Bump = "major" | "minor" | "patch" | "none";

/** Where a change sits in each spec: a JSON pointer into the bundled document, or `null`. */
export interface ChangePointer {
  /** In the base (older) spec; `null` when the thing is new. */
  base: string | null;
  /** In the head (newer) spec; `null` when the thing is gone. */
  head: string | null;
}

/** One change between two specs, at the level a caller of the client feels it. */
export interface SpecChange {
  level: ChangeLevel;
  kind: ChangeKind;
  /** The id callers use today (the base's); the head's for an added operation. */
  operationId: string | null;
  /** Upper-case HTTP method; `null` for a change outside the operations. */
  method: string | null;
  path: string | null;
  pointer: ChangePointer;
  /** One sentence for a person, naming the operation. */
  message: string;
}

/** The result of comparing two specs. */
export interface SpecDiff {
  bump: Bump;
  changes: SpecChange[];
}

/** The operation a change belongs to, or nulls for a change to the document as a whole. */
export interface ChangeSubject {
  operationId: string | null;
  method: string | null;
  path: string | null;
}

/** Collects the changes of one subject; each kind brings its own level. */
export class ChangeLog {
  readonly changes: SpecChange[] = [];

  /** Records one change of `subject`; the message is a clause, made a sentence here. */
  add(subject: ChangeSubject, kind: ChangeKind, pointer: ChangePointer, clause: string): void {
    const message = `${subjectName(subject)}${clause}.`;
    this.changes.push({ level: CHANGE_KINDS[kind], kind, ...subject, pointer, message });
  }
}

function subjectName(subject: ChangeSubject): string {
  if (subject.method === null) return "";

  const route = `${subject.method} ${subject.path ?? ""}`;
  return subject.operationId ? `${subject.operationId} (${route}): ` : `${route}: `;
}

const BUMP_BY_LEVEL: Record<ChangeLevel, Bump> = {
  breaking: "major",
  "non-breaking": "minor",
  info: "patch",
};

/** The bump for a set of changes: the largest any of them calls for, `none` for no change. */
export function bumpFor(changes: readonly SpecChange[]): Bump {
  const order: Bump[] = ["major", "minor", "patch"];
  const bumps = new Set(changes.map((change) => BUMP_BY_LEVEL[change.level]));

  return order.find((bump) => bumps.has(bump)) ?? "none";
}
