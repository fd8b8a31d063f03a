import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Replaces the folder `out` with one holding exactly `files`. Everything is written to a
 * sibling temporary folder first and renamed into place, so a failure at any step leaves the
 * previous output whole.
 */
export async function writeOutput(out: string, files: Record<string, string>): Promise<void> {
  const target = path.resolve(out);
  const suffix = randomBytes(4).toString("hex");
  const staging = `${target}.sailkit-tmp-${suffix}`;
  const retired = `${target}.sailkit-old-${suffix}`;

  await mkdir(path.dirname(target), { recursive: true });
  try {
    await mkdir(staging);
    for (const [name, contents] of Object.entries(files)) {
      await writeFile(path.join(staging, name), contents);
    }

    const hadPrevious = await moveAside(target, retired);
    try {
      await rename(staging, target);
    } catch (error) {
      if (hadPrevious) await rename(retired, target);
      throw error;
    }
    if (hadPrevious) await rm(retired, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function moveAside(target: string, retired: string): Promise<boolean> {
  try {
    await rename(target, retired);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
