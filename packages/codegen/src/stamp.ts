import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** The name of the file in an output folder that records what it was generated from. */
export const STAMP_FILE = ".sailkit-stamp.json";

/**
 * What an output folder was generated from: the generator, and a hash of each spec file and
 * each output file. Paths are relative to the output folder, so a stamp can be moved with it.
 */
export interface Stamp {
  generator: string;
  inputs: Record<string, string>;
  outputs: Record<string, string>;
}

/** Hashes text or bytes with SHA-256. */
export function hash(contents: string | Buffer): string {
  return createHash("sha256").update(contents).digest("hex");
}

/** Builds the stamp for spec files read from disk and output files about to be written. */
export async function createStamp(
  out: string,
  generator: string,
  specFiles: readonly string[],
  outputs: Record<string, string>,
): Promise<Stamp> {
  const inputs: Record<string, string> = {};
  for (const file of specFiles) {
    inputs[path.relative(out, file)] = hash(await readFile(file));
  }

  const hashed = Object.fromEntries(
    Object.entries(outputs).map(([name, text]) => [name, hash(text)]),
  );
  return { generator, inputs, outputs: hashed };
}

/**
 * Whether the folder's stamp still holds: same generator, every spec file it names unchanged,
 * every output file as written. Reading only the files named keeps this fast.
 */
export async function stampHolds(out: string, generator: string, root: string): Promise<boolean> {
  const stamp = await readStamp(out);
  if (!stamp || stamp.generator !== generator) return false;
  if (!(path.relative(out, root) in stamp.inputs)) return false;

  const checks = [
    ...Object.entries(stamp.inputs).map(([file, digest]) => [path.resolve(out, file), digest]),
    ...Object.entries(stamp.outputs).map(([file, digest]) => [path.join(out, file), digest]),
  ];
  for (const [file, digest] of checks) {
    const contents = await readFile(file ?? "").catch(() => undefined);
    if (contents === undefined || hash(contents) !== digest) return false;
  }

  return true;
}

async function readStamp(out: string): Promise<Stamp | undefined> {
  try {
    return JSON.parse(await readFile(path.join(out, STAMP_FILE), "utf8")) as Stamp;
  } catch {
    return undefined;
  }
}
