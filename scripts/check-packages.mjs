#!/usr/bin/env node
// pnpm check:packages: checks what would be published. The fixed release group must hold every
// public workspace package at one version, each depending on the others through `workspace:`.
// Each package is packed as `pnpm publish` packs it; the tarball must pass publint (warnings
// are errors) and arethetypeswrong (every entry point typed for node10, node16 CJS and ESM,
// and bundlers; for a package without a `require` export, its esm-only profile), and its
// manifest must carry no `workspace:` range. Run after a build.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isDual, packedManifest, packPackage, workspaceRanges } from "./lib/pack.mjs";
import { capture } from "./lib/run.mjs";
import { releaseGroup, repositoryRoot as root, workspacePackages } from "./lib/workspace.mjs";

const problems = [];
const group = releaseGroup(root);
const names = new Set(group.map((entry) => entry.name));

for (const entry of workspacePackages(root)) {
  if (!entry.manifest.private && !names.has(entry.name)) {
    problems.push(`${entry.name} is public but not in the fixed group of .changeset/config.json`);
  }
}
const versions = new Set(group.map((entry) => entry.manifest.version));
if (versions.size !== 1) {
  problems.push(`the fixed group has more than one version: ${[...versions].join(", ")}`);
}
for (const entry of group) {
  for (const field of ["dependencies", "peerDependencies", "devDependencies"]) {
    for (const [name, range] of Object.entries(entry.manifest[field] ?? {})) {
      if (names.has(name) && !String(range).startsWith("workspace:")) {
        problems.push(`${entry.name} ${field}.${name} is ${range}, not a workspace: range`);
      }
    }
  }
}

const packed = mkdtempSync(path.join(tmpdir(), "sailkit-pack-"));
try {
  for (const entry of group) problems.push(...checkPackage(entry));
} finally {
  rmSync(packed, { recursive: true, force: true });
}

for (const problem of problems) console.error(`check:packages: ${problem}`);
console.log(
  problems.length === 0
    ? `check:packages: ${group.length} packages pass publint and arethetypeswrong`
    : `check:packages: ${problems.length} problem(s)`,
);
process.exitCode = problems.length === 0 ? 0 : 1;

/** Packs one package and answers its problems. */
function checkPackage(entry) {
  const tarball = packPackage(entry.dir, packed);
  const found = workspaceRanges(packedManifest(tarball)).map(
    (range) => `${entry.name}: the packed manifest keeps ${range}`,
  );

  const publint = capture("pnpm", ["exec", "publint", "run", tarball, "--strict"], { cwd: root });
  if (publint.status !== 0) {
    found.push(`${entry.name}: publint failed\n${publint.stdout}${publint.stderr}`);
  }

  // An ESM-only package answers `require()` only through Node's require(esm): not an error.
  const profile = isDual(entry.manifest) ? "strict" : "esm-only";
  const options = ["--profile", profile, "--format", "ascii", "--no-emoji", "--no-color"];
  const attw = capture("pnpm", ["exec", "attw", tarball, ...options], { cwd: root });
  if (attw.status !== 0) {
    found.push(`${entry.name}: arethetypeswrong (${profile}) failed\n${attw.stdout}${attw.stderr}`);
  }

  const name = `${entry.name}@${entry.manifest.version}`;
  if (found.length === 0) console.log(`check:packages: ${name} ok (${profile})`);
  return found;
}
