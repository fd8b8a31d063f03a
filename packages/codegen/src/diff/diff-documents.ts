import type { OpenApiDocument } from "../openapi-types.js";
import { bumpFor, ChangeLog, type SpecChange, type SpecDiff } from "./change.js";
import { matchOperations, subjectOf } from "./match-operations.js";
import { indexOperations } from "./operation-index.js";
import { diffOperation } from "./operation-diff.js";

/** The parts of a document outside its operations whose changes are documentation. */
const DOCUMENTATION_PARTS = ["info", "tags", "externalDocs", "servers"] as const;

const NO_SUBJECT = { operationId: null, method: null, path: null };

/**
 * Compares two bundled documents (internal `$ref`s only) and names the bump: `major` for any
 * breaking change, `minor` for any other change a caller can use, `patch` for documentation
 * alone, `none` when the two are the same. Two documents that differ in a way no rule names
 * still differ: that is one `spec-changed` change, so any edit calls for at least a patch.
 */
export function diffDocuments(base: OpenApiDocument, head: OpenApiDocument): SpecDiff {
  const log = new ChangeLog();
  const documents = { base, head };
  const match = matchOperations(indexOperations(base), indexOperations(head));

  for (const operation of match.removed) {
    const pointer = { base: operation.pointer, head: null };
    log.add(subjectOf(operation), "operation-removed", pointer, "the operation was removed");
  }
  for (const pair of match.pairs) diffOperation(documents, pair, log);
  for (const operation of match.added) {
    const pointer = { base: null, head: operation.pointer };
    log.add(subjectOf(operation), "operation-added", pointer, "the operation is new");
  }

  const baseParts = base as unknown as Record<string, unknown>;
  const headParts = head as unknown as Record<string, unknown>;
  for (const part of DOCUMENTATION_PARTS) {
    if (JSON.stringify(baseParts[part]) === JSON.stringify(headParts[part])) continue;
    const pointer = {
      base: part in baseParts ? `/${part}` : null,
      head: part in headParts ? `/${part}` : null,
    };
    log.add(NO_SUBJECT, "spec-documentation", pointer, `The ${part} of the spec changed`);
  }
  if (log.changes.length === 0 && JSON.stringify(base) !== JSON.stringify(head)) {
    const clause = "The spec changed outside what the diff compares (such as an unused schema)";
    log.add(NO_SUBJECT, "spec-changed", { base: "", head: "" }, clause);
  }

  const changes = sortChanges(log.changes);
  return { bump: bumpFor(changes), changes };
}

/** Orders changes by path, then method, keeping the order they were found in within each. */
function sortChanges(changes: SpecChange[]): SpecChange[] {
  // Changes to the document as a whole come last.
  const place = (change: SpecChange) =>
    change.path === null ? "\uffff" : `${change.path} ${change.method ?? ""}`;
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => order(place(a.change), place(b.change)) || a.index - b.index)
    .map(({ change }) => change);
}
