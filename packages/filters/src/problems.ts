import type { MetadataTable, OperationQueryMetadata } from "./metadata.js";

/** What kind of problem `validateFilter` or `validateSorters` found. */
export type ProblemCode =
  | "unknown-operation"
  | "not-supported"
  | "syntax"
  | "unknown-field"
  | "operator-not-allowed"
  | "composite-not-allowed"
  | "duplicate-field";

/**
 * One problem with filters or sorters text, found without calling the service: a `code` for
 * programs, a `message` for people, the `position` in the text it concerns (0 when it concerns
 * the whole text), and, where they apply, the `field`, the `operator` and what is `allowed`.
 */
export interface QueryProblem {
  readonly code: ProblemCode;
  readonly message: string;
  readonly position: number;
  readonly field?: string;
  readonly operator?: string;
  readonly allowed?: readonly string[];
}

/** Writes names for a message: `'a', 'b'`, or `none` for an empty list. */
export function names(list: readonly string[]): string {
  return list.length === 0 ? "none" : list.map((name) => `'${name}'`).join(", ");
}

/**
 * The metadata of one operation, or the problem that stops the check: the operation is
 * unknown, or documents no such parameter.
 */
export function operationFor(
  metadata: MetadataTable,
  operationId: string,
  parameter: "filters" | "sorters",
): { operation: OperationQueryMetadata } | { problem: QueryProblem } {
  const operation = Object.hasOwn(metadata, operationId) ? metadata[operationId] : undefined;
  if (!operation) {
    const message = `No operation has the id '${operationId}'`;
    return { problem: { code: "unknown-operation", message, position: 0 } };
  }

  if (!operation[parameter]) {
    const message = `The operation '${operationId}' documents no ${parameter} parameter`;
    return { problem: { code: "not-supported", message, position: 0 } };
  }
  return { operation };
}

/** Orders problems by where they are in the text. */
export function byPosition(problems: QueryProblem[]): QueryProblem[] {
  return problems.sort((a, b) => a.position - b.position);
}
