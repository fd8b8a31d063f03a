import type { ChangeLog, ChangeSubject } from "./change.js";
import type { ChangeKind } from "./kinds.js";
import { asObject, child, type Located } from "./located.js";
import type { DocumentPair } from "./schema-context.js";
import { compareSchemas } from "./schema-diff.js";
import type { SchemaSide } from "./schema-events.js";

/** What a content comparison reports through: the subject, the log and the side's words. */
export interface ContentTarget {
  subject: ChangeSubject;
  log: ChangeLog;
  side: Extract<SchemaSide, "request" | "response">;
  /** How the body is named in messages: `the request body`, `the 200 response`. */
  label: string;
  removedKind: ChangeKind;
  addedKind: ChangeKind;
}

/**
 * Compares the `content` maps of a request body or a response: media types removed or
 * added, then the schema of each media type both offer. The schemas of all media types are
 * compared with one set of seen pairs, so a schema shared by two media types counts once.
 */
export function diffContent(
  documents: DocumentPair,
  base: Located,
  head: Located,
  target: ContentTarget,
): void {
  const baseContent = child(base, "content");
  const headContent = child(head, "content");
  const baseTypes = Object.keys(asObject(baseContent.value));
  const headTypes = Object.keys(asObject(headContent.value));
  const { subject, log, label } = target;

  for (const mediaType of baseTypes.filter((type) => !headTypes.includes(type))) {
    const pointer = { base: child(baseContent, mediaType).pointer, head: null };
    log.add(subject, target.removedKind, pointer, `${label} no longer offers ${mediaType}`);
  }
  for (const mediaType of headTypes.filter((type) => !baseTypes.includes(type))) {
    const pointer = { base: null, head: child(headContent, mediaType).pointer };
    log.add(subject, target.addedKind, pointer, `${label} now also offers ${mediaType}`);
  }

  const shared = baseTypes.filter((type) => headTypes.includes(type));
  const context = { ...documents, side: target.side, log, subject, seen: new Set<string>() };
  for (const mediaType of shared) {
    const root = shared.length > 1 ? `${label} (${mediaType})` : label;
    const before = child(baseContent, mediaType, "schema");
    const after = child(headContent, mediaType, "schema");
    compareSchemas(context, before, after, { root, path: "" });
  }
}
