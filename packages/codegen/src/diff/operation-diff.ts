import type { ChangeLog } from "./change.js";
import { asObject } from "./located.js";
import { subjectOf, type OperationPair } from "./match-operations.js";
import { diffParameters } from "./parameters-diff.js";
import { diffRequestBody } from "./request-body-diff.js";
import { diffResponses } from "./responses-diff.js";
import type { DocumentPair } from "./schema-context.js";

/**
 * Compares an operation of the base with its counterpart in the head: its id (a rename breaks
 * every caller that names it), deprecation, documentation, parameters, request body and
 * responses. Changes are told under the base's id and route, the ones callers use today.
 */
export function diffOperation(documents: DocumentPair, pair: OperationPair, log: ChangeLog): void {
  const subject = subjectOf(pair.base);
  const pointer = { base: pair.base.pointer, head: pair.head.pointer };
  const before = pair.base.operation;
  const after = pair.head.operation;
  const beforeId = pair.base.operationId;
  const afterId = pair.head.operationId;

  if (beforeId && afterId && beforeId !== afterId) {
    log.add(subject, "operation-id-renamed", pointer, `the operation id is now ${afterId}`);
  }
  // Without an id an operation has no name in the client: gaining one adds it to the client,
  // losing one takes it away.
  if (!beforeId && afterId) {
    log.add(subject, "operation-added", pointer, `now has the operation id ${afterId}`);
  }
  if (beforeId && !afterId) {
    log.add(subject, "operation-removed", pointer, "no longer has an operation id");
  }

  if (before.deprecated !== true && after.deprecated === true) {
    log.add(subject, "operation-deprecated", pointer, "the operation is now deprecated");
  }
  if (before.deprecated === true && after.deprecated !== true) {
    log.add(subject, "operation-undeprecated", pointer, "the operation is no longer deprecated");
  }

  for (const field of ["summary", "description", "tags"] as const) {
    if (JSON.stringify(asObject(before)[field]) === JSON.stringify(asObject(after)[field]))
      continue;
    log.add(subject, "operation-documentation", pointer, `the ${field} changed`);
  }

  diffParameters(documents, pair, subject, log);
  diffRequestBody(documents, pair, subject, log);
  diffResponses(documents, pair, subject, log);
}
