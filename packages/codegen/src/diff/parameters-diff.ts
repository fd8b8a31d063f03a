import type { ChangeLog, ChangeSubject } from "./change.js";
import type { OperationPair } from "./match-operations.js";
import { readParameters } from "./parameter-list.js";
import type { DocumentPair } from "./schema-context.js";
import { compareSchemas } from "./schema-diff.js";

/**
 * Compares the parameters of a pair of operations: added (breaking when required), removed,
 * made required or optional, deprecated, renamed in the path template, re-documented, and
 * each parameter's schema, judged as something the caller sends. Path parameters are matched
 * by their position in the path, so a rename reads as one.
 */
export function diffParameters(
  documents: DocumentPair,
  pair: OperationPair,
  subject: ChangeSubject,
  log: ChangeLog,
): void {
  const base = readParameters(documents.base, pair.base);
  const head = readParameters(documents.head, pair.head);

  for (const [key, before] of base) {
    const after = head.get(key);
    const label = `the ${before.in} parameter ${before.name}`;
    if (!after) {
      const gone = { base: before.at.pointer, head: null };
      log.add(subject, "parameter-removed", gone, `${label} was removed`);
      continue;
    }

    const pointer = { base: before.at.pointer, head: after.at.pointer };
    if (before.name !== after.name) {
      log.add(subject, "path-parameter-renamed", pointer, `${label} is now ${after.name}`);
    }
    if (!before.required && after.required) {
      log.add(subject, "parameter-made-required", pointer, `${label} is now required`);
    }
    if (before.required && !after.required) {
      log.add(subject, "parameter-made-optional", pointer, `${label} is now optional`);
    }
    if (!before.deprecated && after.deprecated) {
      log.add(subject, "parameter-deprecated", pointer, `${label} is now deprecated`);
    }
    if (before.description !== after.description) {
      log.add(subject, "parameter-documentation", pointer, `the description of ${label} changed`);
    }

    const context = {
      ...documents,
      side: "parameter" as const,
      log,
      subject,
      seen: new Set<string>(),
    };
    compareSchemas(context, before.schema, after.schema, { root: label, path: "" });
  }

  for (const [key, after] of head) {
    if (base.has(key)) continue;

    const kind = after.required ? "parameter-added-required" : "parameter-added";
    const need = after.required ? "required" : "optional";
    const clause = `has a new ${need} ${after.in} parameter ${after.name}`;
    log.add(subject, kind, { base: null, head: after.at.pointer }, clause);
  }
}
