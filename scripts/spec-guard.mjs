#!/usr/bin/env node
// pnpm spec:guard: the drift guard CI runs after the build. It fails
//   1. when openapi/ differs from the spec recorded at the last release
//      (.changeset/openapi-spec.json) and no pending changeset names @sailkit/v3, the package
//      the spec is generated into: every change to the spec reaches the changelog;
//   2. when packages/v3/generated differs from what `sailkit generate` makes of openapi/ now.
// The rule reads files only, never git history, so a fresh or shallow clone judges the same.
// `--record <reason>` records the current openapi/ (`pnpm release` does so when it versions).
import path from "node:path";
import { pendingChangesets } from "./lib/changesets.mjs";
import { capture } from "./lib/run.mjs";
import { hashSpecTree, readRecord, RECORD_FILE, writeRecord } from "./lib/spec-record.mjs";
import { repositoryRoot as root } from "./lib/workspace.mjs";

const SPEC_PACKAGE = "@sailkit/v3";

function main(argv) {
  if (argv[0] === "--record") {
    const record = writeRecord(root, argv.slice(1).join(" ") || "recorded by hand");
    console.log(`spec:guard: recorded openapi/ as ${record.sha256.slice(0, 12)} in ${RECORD_FILE}`);
    return 0;
  }

  const spec = checkSpecRecord();
  const generated = checkGenerated();
  return spec && generated ? 0 : 1;
}

/** Rule 1: the spec is the recorded one, or a pending changeset releases the change. */
function checkSpecRecord() {
  const record = readRecord(root);
  if (!record) {
    console.error(
      `spec:guard: ${RECORD_FILE} is missing; run \`pnpm spec:guard --record initial\``,
    );
    return false;
  }

  const now = hashSpecTree(path.join(root, "openapi"));
  if (now === record.sha256) {
    console.log(`spec:guard: openapi/ is the recorded spec (${now.slice(0, 12)})`);
    return true;
  }

  const covering = pendingChangesets(root).filter((changeset) => {
    const bump = changeset.bumps[SPEC_PACKAGE];
    return bump !== undefined && bump !== "none";
  });
  if (covering.length > 0) {
    const files = covering.map((changeset) => `.changeset/${changeset.file}`).join(", ");
    console.log(`spec:guard: openapi/ changed since the last release; released by ${files}`);
    return true;
  }

  console.error(
    `spec:guard: openapi/ changed since the last release (${record.sha256.slice(0, 12)} -> ` +
      `${now.slice(0, 12)}) and no pending changeset names ${SPEC_PACKAGE}.\n` +
      "  Update the spec with `pnpm spec:update <spec>`, which writes the changeset, or add " +
      `one with \`pnpm changeset\` (choose ${SPEC_PACKAGE}) saying what changed.`,
  );
  return false;
}

/** Rule 2: the generated module is what the codegen makes of openapi/ now. */
function checkGenerated() {
  const result = capture("pnpm", ["--filter", SPEC_PACKAGE, "run", "generate", "--check"], {
    cwd: root,
  });
  if (result.status === 0) {
    console.log("spec:guard: packages/v3/generated is what openapi/ generates");
    return true;
  }

  process.stderr.write(result.stdout + result.stderr);
  console.error("spec:guard: packages/v3/generated differs from openapi/; run `pnpm build`");
  return false;
}

process.exitCode = main(process.argv.slice(2));
