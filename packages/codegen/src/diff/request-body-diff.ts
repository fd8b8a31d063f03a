import type { ChangeLog, ChangeSubject } from "./change.js";
import { diffContent } from "./content-diff.js";
import { asObject, child, follow } from "./located.js";
import type { OperationPair } from "./match-operations.js";
import { operationAt } from "./operation-index.js";
import type { DocumentPair } from "./schema-context.js";

/**
 * Compares the request bodies of a pair of operations: a body added (breaking when required),
 * removed, made required or optional, then its media types and schemas, judged as what the
 * caller sends: demanding more breaks callers, accepting more does not.
 */
export function diffRequestBody(
  documents: DocumentPair,
  pair: OperationPair,
  subject: ChangeSubject,
  log: ChangeLog,
): void {
  const base = follow(documents.base, child(operationAt(pair.base), "requestBody"));
  const head = follow(documents.head, child(operationAt(pair.head), "requestBody"));
  const baseRequired = asObject(base.value)["required"] === true;
  const headRequired = asObject(head.value)["required"] === true;

  if (base.value === undefined && head.value === undefined) return;
  if (base.value === undefined) {
    const kind = headRequired ? "request-body-added-required" : "request-body-added";
    const clause = `now takes ${headRequired ? "a required" : "an optional"} request body`;
    return log.add(subject, kind, { base: null, head: head.pointer }, clause);
  }
  if (head.value === undefined) {
    const clause = "no longer takes a request body";
    return log.add(subject, "request-body-removed", { base: base.pointer, head: null }, clause);
  }

  const pointer = { base: base.pointer, head: head.pointer };
  if (!baseRequired && headRequired) {
    log.add(subject, "request-body-made-required", pointer, "the request body is now required");
  }
  if (baseRequired && !headRequired) {
    log.add(subject, "request-body-made-optional", pointer, "the request body is now optional");
  }
  if (asObject(base.value)["description"] !== asObject(head.value)["description"]) {
    const clause = "the description of the request body changed";
    log.add(subject, "operation-documentation", pointer, clause);
  }

  diffContent(documents, base, head, {
    subject,
    log,
    side: "request",
    label: "the request body",
    removedKind: "request-media-type-removed",
    addedKind: "request-media-type-added",
  });
}
