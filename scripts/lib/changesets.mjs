// Pending changesets: read the packages and bumps each one names, and write new ones.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Every pending changeset of the repository: `{ file, bumps: { name: bump } }`. */
export function pendingChangesets(root) {
  const folder = path.join(root, ".changeset");
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .sort();

  return files.map((file) => ({
    file,
    bumps: readBumps(readFileSync(path.join(folder, file), "utf8")),
  }));
}

/**
 * Writes `.changeset/<name>.md` (or `<name>-2.md`, ... when taken) naming the bump of each
 * package, with the text below the front matter. Answers the file's path.
 */
export function writeChangeset(root, name, bumps, text) {
  let file = path.join(root, ".changeset", `${name}.md`);
  for (let count = 2; existsSync(file); count += 1) {
    file = path.join(root, ".changeset", `${name}-${count}.md`);
  }

  const lines = Object.entries(bumps).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  writeFileSync(file, `---\n${lines.join("\n")}\n---\n\n${text.trim()}\n`);

  return file;
}

/** The `"name": bump` lines of a changeset's front matter. */
function readBumps(text) {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
  const bumps = {};
  for (const line of front.split(/\r?\n/)) {
    const match = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (match) bumps[match[1]] = match[2];
  }

  return bumps;
}
