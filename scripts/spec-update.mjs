#!/usr/bin/env node
// pnpm spec:update <spec>: replaces openapi/ with a new version of the spec (its root file, or
// a folder holding v3.yaml, and every file its $refs reach), regenerates @sailkit/v3, and
// writes the change report spec-changes/<date>.md (with the diff as .json) and a changeset for
// the fixed group with the bump the diff computed. It first generates the new spec into a
// temporary folder: when that fails it stops, changing nothing. The root script builds the
// codegen first; this file expects packages/codegen/dist.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { changesetText, countLevels, reportMarkdown } from "./lib/change-report.mjs";
import { writeChangeset } from "./lib/changesets.mjs";
import { capture, run } from "./lib/run.mjs";
import { hashSpecTree } from "./lib/spec-record.mjs";
import { copySpecTree, specRootFile } from "./lib/spec-tree.mjs";
import { repositoryRoot as root } from "./lib/workspace.mjs";

const codegen = path.join(root, "packages", "codegen");
const bin = path.join(codegen, "bin", "sailkit.js");
const openapi = path.join(root, "openapi");
let replaced = false;

/** Updates the spec from `input`; answers the exit code. */
async function main(input) {
  if (!input || input.startsWith("-")) {
    console.error("usage: pnpm spec:update <spec root file, or a folder holding v3.yaml>");
    return 2;
  }

  const staging = mkdtempSync(path.join(tmpdir(), "sailkit-spec-update-"));
  try {
    return await update(input, staging);
  } catch (error) {
    console.error(`spec:update: ${error.message}`);
    if (!replaced) console.error("spec:update: refused; openapi/ is unchanged");
    return 1;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function update(input, staging) {
  const tree = path.join(staging, "openapi");
  const count = await copySpecTree(path.join(codegen, "dist"), specRootFile(input), tree);
  console.log(`spec:update: read ${count} spec files from ${input}`);

  const [current, incoming] = [path.join(openapi, "v3.yaml"), path.join(tree, "v3.yaml")];
  const dryRun = ["generate", "--spec", incoming, "--out", path.join(staging, "generated")];
  sailkit(dryRun, "the new spec does not generate");
  const compare = ["diff", "--base", current, "--head", incoming, "--json"];
  const diff = JSON.parse(sailkit(compare, "the specs could not be compared"));
  if (diff.bump === "none") {
    console.log("spec:update: openapi/ already holds this spec; nothing changed");
    return 0;
  }

  const hashes = { base: hashSpecTree(openapi), head: hashSpecTree(tree) };
  replaceFolder(tree, openapi);
  replaced = true;
  const generated = path.join(root, "packages", "v3", "generated");
  run(process.execPath, [bin, "generate", "--spec", current, "--out", generated]);

  const counts = countLevels(diff);
  console.log(
    `spec:update: openapi/ replaced; bump ${diff.bump} (${counts.breaking} breaking, ` +
      `${counts["non-breaking"]} non-breaking, ${counts.info} info)`,
  );
  for (const file of writeReport(diff, input, hashes)) {
    console.log(`spec:update: wrote ${path.relative(root, file)}`);
  }
  console.log("spec:update: next, run `pnpm check`; commit openapi/, the report and the changeset");
  return 0;
}

/** Runs the built `sailkit` command and answers its stdout; on failure, shows its errors. */
function sailkit(args, failure) {
  const result = capture(process.execPath, [bin, ...args]);
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    throw new Error(failure);
  }

  return result.stdout;
}

/** Swaps the staged tree in for openapi/, putting the old one back if the swap fails. */
function replaceFolder(staged, target) {
  const incoming = `${target}.incoming`;
  const outgoing = `${target}.outgoing`;
  rmSync(incoming, { recursive: true, force: true });
  cpSync(staged, incoming, { recursive: true });

  renameSync(target, outgoing);
  try {
    renameSync(incoming, target);
  } catch (error) {
    renameSync(outgoing, target);
    throw error;
  }
  rmSync(outgoing, { recursive: true, force: true });
}

/** Writes the report (Markdown and JSON) and the changeset; answers their paths. */
function writeReport(diff, source, hashes) {
  const date = new Date().toISOString().slice(0, 10);
  const folder = path.join(root, "spec-changes");
  mkdirSync(folder, { recursive: true });
  let name = date;
  for (let count = 2; existsSync(path.join(folder, `${name}.md`)); count += 1) {
    name = `${date}-${count}`;
  }

  const report = path.join(folder, `${name}.md`);
  const json = path.join(folder, `${name}.json`);
  const base = `the previous openapi/ (sha256 ${hashes.base.slice(0, 12)})`;
  const head = `the new openapi/ (sha256 ${hashes.head.slice(0, 12)})`;
  writeFileSync(report, reportMarkdown(diff, { date, source, base, head }));
  writeFileSync(json, `${JSON.stringify(diff, null, 2)}\n`);

  const text = changesetText(diff, `spec-changes/${name}.md`);
  const changeset = writeChangeset(root, `spec-update-${name}`, { "@sailkit/v3": diff.bump }, text);
  return [report, json, changeset];
}

process.exitCode = await main(process.argv[2]);
