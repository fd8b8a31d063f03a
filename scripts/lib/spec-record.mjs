// The recorded state of openapi/: a hash of its files as of the last release, kept in
// .changeset/openapi-spec.json. The drift guard compares openapi/ with it.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the record lives, relative to the repository root. */
export const RECORD_FILE = path.join(".changeset", "openapi-spec.json");

/**
 * A SHA-256 of a spec folder: every file's path (relative, with `/`) and contents, in path
 * order. Line endings are normalised, so a checkout with CRLF hashes the same.
 */
export function hashSpecTree(folder) {
  const digest = createHash("sha256");
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join("/"))
    .sort();

  for (const file of files) {
    const text = readFileSync(path.join(folder, file), "utf8").replaceAll("\r\n", "\n");
    digest.update(`${file}\0${text}\0`);
  }

  return digest.digest("hex");
}

/** The record, or `undefined` when the repository has none yet. */
export function readRecord(root) {
  const file = path.join(root, RECORD_FILE);

  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

/** Records the current hash of `openapi/`, saying why. */
export function writeRecord(root, reason) {
  const record = {
    comment:
      "The hash of openapi/ at the last release. The drift guard (scripts/spec-guard.mjs) " +
      "fails when openapi/ differs from it and no pending changeset names @sailkit/v3.",
    sha256: hashSpecTree(path.join(root, "openapi")),
    reason,
  };
  writeFileSync(path.join(root, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);

  return record;
}
