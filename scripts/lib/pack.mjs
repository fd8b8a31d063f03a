// Packs a workspace package the way `pnpm publish` does (workspace: ranges become versions)
// and reads the manifest back out of the tarball.
import { readdirSync } from "node:fs";
import path from "node:path";
import { capture, run } from "./run.mjs";

/** Packs the package in `dir` into `destination`; answers the tarball's path. */
export function packPackage(dir, destination) {
  const before = new Set(readdirSync(destination));
  run("pnpm", ["pack", "--pack-destination", destination], { cwd: dir, stdio: "ignore" });

  const tarball = readdirSync(destination).find(
    (name) => !before.has(name) && name.endsWith(".tgz"),
  );
  if (!tarball) throw new Error(`pnpm pack in ${dir} wrote no tarball`);
  return path.join(destination, tarball);
}

/** The package.json inside a packed tarball. */
export function packedManifest(tarball) {
  const result = capture("tar", ["-xOzf", tarball, "package/package.json"]);
  if (result.status !== 0) throw new Error(`cannot read package.json from ${tarball}`);

  return JSON.parse(result.stdout);
}

/** The dependencies of a manifest, in every field, whose range is still `workspace:`. */
export function workspaceRanges(manifest) {
  const fields = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];

  return fields.flatMap((field) =>
    Object.entries(manifest[field] ?? {})
      .filter(([, range]) => String(range).startsWith("workspace:"))
      .map(([name, range]) => `${field}.${name}: ${range}`),
  );
}

/** Whether a manifest's exports offer CommonJS (a `require` condition): a dual package. */
export function isDual(manifest) {
  return JSON.stringify(manifest.exports ?? {}).includes('"require"');
}
