import { loadSpec } from "../load-spec.js";
import type { SpecDiff } from "./change.js";
import { diffDocuments } from "./diff-documents.js";

/**
 * Reads two specs from disk (each one file or many joined by relative `$ref`s), bundles
 * each, and compares them. Pointers in the result point into the bundled documents. Throws a
 * `SpecError` naming file and pointer when either cannot be read.
 */
export async function diffSpecs(base: string, head: string): Promise<SpecDiff> {
  const [before, after] = await Promise.all([loadSpec(base), loadSpec(head)]);

  return diffDocuments(before.document, after.document);
}
