// The workspace as the release scripts see it: the repository root, its packages, and the
// fixed release group of .changeset/config.json in dependency order.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The repository these scripts belong to. */
export const repositoryRoot = path.resolve(import.meta.dirname, "../..");

/** Reads a JSON file. */
export function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Every workspace package under `packages/`: `{ name, dir, manifest }`. */
export function workspacePackages(root = repositoryRoot) {
  const folder = path.join(root, "packages");

  return readdirSync(folder)
    .map((name) => path.join(folder, name))
    .filter((dir) => existsSync(path.join(dir, "package.json")))
    .map((dir) => {
      const manifest = readJson(path.join(dir, "package.json"));
      return { name: manifest.name, dir, manifest };
    });
}

/**
 * The packages of the one `fixed` group in .changeset/config.json (released together, one
 * version for all), each after the group members it depends on. Throws when the config does
 * not hold exactly one group, or names a package the workspace lacks.
 */
export function releaseGroup(root = repositoryRoot) {
  const config = readJson(path.join(root, ".changeset", "config.json"));
  if (!Array.isArray(config.fixed) || config.fixed.length !== 1) {
    throw new Error(".changeset/config.json must hold exactly one fixed group");
  }

  const byName = new Map(workspacePackages(root).map((entry) => [entry.name, entry]));
  const members = config.fixed[0].map((name) => {
    const entry = byName.get(name);
    if (!entry) throw new Error(`the fixed group names ${name}, which is not in packages/`);
    return entry;
  });

  return dependencyOrder(members);
}

/** The names of a manifest's dependencies of every kind that a published package keeps. */
export function dependencyNames(manifest) {
  const fields = ["dependencies", "peerDependencies", "optionalDependencies"];

  return fields.flatMap((field) => Object.keys(manifest[field] ?? {}));
}

function dependencyOrder(members) {
  const names = new Set(members.map((entry) => entry.name));
  const ordered = [];
  const visit = (entry, trail) => {
    if (ordered.includes(entry)) return;
    if (trail.includes(entry.name)) throw new Error(`dependency cycle: ${trail.join(" -> ")}`);

    for (const name of dependencyNames(entry.manifest).filter((dep) => names.has(dep))) {
      visit(
        members.find((member) => member.name === name),
        [...trail, entry.name],
      );
    }
    ordered.push(entry);
  };
  for (const entry of members) visit(entry, []);

  return ordered;
}
