import type { ChangeLog, ChangeSubject } from "./change.js";
import { diffContent } from "./content-diff.js";
import { asObject, child, follow } from "./located.js";
import type { OperationPair } from "./match-operations.js";
import { operationAt } from "./operation-index.js";
import type { DocumentPair } from "./schema-context.js";

/**
 * Compares the responses of a pair of operations: a success status (2xx) removed breaks
 * callers and a new one does not; error statuses coming and going are listed. For each status
 * both list, the media types and schemas are compared as what the caller receives: giving
 * less (a field removed, a type changed) breaks callers, giving more does not.
 */
export function diffResponses(
  documents: DocumentPair,
  pair: OperationPair,
  subject: ChangeSubject,
  log: ChangeLog,
): void {
  const base = child(operationAt(pair.base), "responses");
  const head = child(operationAt(pair.head), "responses");
  const baseStatuses = Object.keys(asObject(base.value));
  const headStatuses = Object.keys(asObject(head.value));

  for (const status of baseStatuses.filter((code) => !headStatuses.includes(code))) {
    const kind = isSuccess(status) ? "response-status-removed" : "response-error-status-removed";
    const pointer = { base: child(base, status).pointer, head: null };
    log.add(subject, kind, pointer, `no longer answers with status ${status}`);
  }
  for (const status of headStatuses.filter((code) => !baseStatuses.includes(code))) {
    const kind = isSuccess(status) ? "response-status-added" : "response-error-status-added";
    const pointer = { base: null, head: child(head, status).pointer };
    log.add(subject, kind, pointer, `may now answer with status ${status}`);
  }

  for (const status of baseStatuses.filter((code) => headStatuses.includes(code))) {
    const before = follow(documents.base, child(base, status));
    const after = follow(documents.head, child(head, status));
    const start = log.changes.length;
    diffContent(documents, before, after, {
      subject,
      log,
      side: "response",
      label: `the ${status} response`,
      removedKind: "response-media-type-removed",
      addedKind: "response-media-type-added",
    });

    // An error body is read by people and logged, not bound into typed code paths: what
    // changes inside it is worth listing, never a reason for a major release.
    if (!isSuccess(status)) {
      for (const change of log.changes.slice(start)) change.level = "info";
    }
  }
}

/** Whether a status key means success: `200`, `201`, `2XX`. */
function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}
