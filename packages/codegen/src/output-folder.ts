import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { STAMP_FILE } from "./stamp.js";

/** The output folder cannot be used: it is a file, holds other files, or holds the spec. */
export class OutputFolderError extends Error {
  constructor(
    readonly folder: string,
    reason: string,
  ) {
    super(`--out ${folder}: ${reason}`);
    this.name = "OutputFolderError";
  }
}

/**
 * Checks that `out` may be replaced whole: it does not exist, is empty, or was written by
 * sailkit before (it holds a stamp); and no spec file lies inside it. Generation replaces the
 * folder, so anything else there would be lost.
 */
export async function checkOutputFolder(out: string, specFiles: readonly string[]): Promise<void> {
  const inside = specFiles.find((file) => !path.relative(out, file).startsWith(".."));
  if (inside) throw new OutputFolderError(out, `it holds the spec file ${inside}`);

  const found = await stat(out).catch(() => undefined);
  if (!found) return;
  if (!found.isDirectory()) throw new OutputFolderError(out, "it is a file, not a folder");

  const entries = await readdir(out);
  if (entries.length > 0 && !entries.includes(STAMP_FILE)) {
    throw new OutputFolderError(
      out,
      "it holds files sailkit did not write (no stamp); give a new or empty folder",
    );
  }
}
