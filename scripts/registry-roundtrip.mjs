#!/usr/bin/env node
// pnpm registry:roundtrip: proves that the published packages install and work. Starts
// Verdaccio (the pinned 6.8.0) on 127.0.0.1 with temporary storage and no uplinks, publishes
// the fixed group to it with scripts/release.mjs (current versions), installs every package
// into a new project in a temporary folder (@sailkit/* from Verdaccio only, the rest from the
// npm registry), checks that one version of each was installed, type-checks and runs the
// consumer against the installed mock tenant, then stops Verdaccio by its process id.
// Expects a build (the root script builds first).
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { installedSailkitPackages, writeConsumerProject } from "./roundtrip/consumer-project.mjs";
import { capture, run, timed } from "./lib/run.mjs";
import { createUser, startVerdaccio } from "./lib/verdaccio.mjs";
import { readJson, releaseGroup, repositoryRoot as root } from "./lib/workspace.mjs";

const VERDACCIO = "6.8.0";
const keep = process.argv.includes("--keep");

async function main() {
  const started = Date.now();
  const verdaccio = readJson(createRequire(import.meta.url).resolve("verdaccio/package.json"));
  if (verdaccio.version !== VERDACCIO) {
    throw new Error(`Verdaccio ${verdaccio.version} installed, not ${VERDACCIO}`);
  }

  const work = mkdtempSync(path.join(tmpdir(), "sailkit-roundtrip-"));
  mkdirSync(path.join(work, "registry"));
  let registry;
  try {
    const storage = path.join(work, "registry");
    registry = await timed("roundtrip: Verdaccio up", () => startVerdaccio(storage));
    console.log(
      `roundtrip: Verdaccio ${verdaccio.version} on ${registry.url} (pid ${registry.pid})`,
    );
    const token = await createUser(registry.url, "roundtrip", randomBytes(12).toString("hex"));
    await timed("roundtrip: published", () => publish(registry.url, token));

    const group = releaseGroup(root);
    const version = group[0].manifest.version;
    const consumer = path.join(work, "consumer");
    const tools = toolVersions();
    writeConsumerProject(consumer, { group, version, registry: registry.url, tools });
    await timed("roundtrip: installed", () => install(consumer));
    checkOneVersion(consumer, group, version);

    await timed("roundtrip: type-checked", () => typeCheck(consumer));
    await timed("roundtrip: ran", () => runConsumer(consumer));
  } finally {
    await registry?.stop();
    if (keep) console.log(`roundtrip: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }

  console.log(`roundtrip: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Publishes the fixed group as it is, through the release script. */
function publish(registry, token) {
  const args = ["scripts/release.mjs", "--registry", registry, "--no-version", "--no-checks"];
  const env = { ...process.env, SAILKIT_REGISTRY_TOKEN: token, npm_config_loglevel: "warn" };
  run(process.execPath, args, { cwd: root, env });
}

/** Installs the consumer's dependencies as a new user of the packages would, with npm. */
function install(consumer) {
  const args = ["install", "--prefer-online", "--no-audit", "--no-fund", "--loglevel=error"];
  run("npm", args, { cwd: consumer });
}

/** Type-checks (and compiles) the consumer with the TypeScript it installed. */
function typeCheck(consumer) {
  run(process.execPath, [path.join(consumer, "node_modules/typescript/bin/tsc"), "-p", consumer]);
}

/**
 * Runs the consumer against the mock tenant, loads every package with require(), and runs the
 * installed `sailkit` command.
 */
function runConsumer(consumer) {
  const ran = capture(process.execPath, ["dist/consumer.js"], { cwd: consumer });
  process.stdout.write(ran.stdout);
  if (ran.status !== 0 || !ran.stdout.includes("round trip ok")) {
    throw new Error(`the consumer failed against the mock tenant:\n${ran.stderr}`);
  }

  run(process.execPath, ["require-all.cjs"], { cwd: consumer });
  const sailkit = path.join(consumer, "node_modules/.bin/sailkit");
  run(sailkit, ["--help"], { cwd: consumer, stdio: "ignore" });
}

/** The versions of TypeScript and Node's types the workspace pins, for the consumer. */
function toolVersions() {
  const { devDependencies } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

  return { typescript: devDependencies.typescript, typesNode: devDependencies["@types/node"] };
}

/** Each package of the group installed once, at `version`, and no other @sailkit/* package. */
function checkOneVersion(consumer, group, version) {
  const installed = installedSailkitPackages(consumer);
  const names = group.map((entry) => entry.name).sort();
  const seen = installed.map((entry) => entry.name).sort();
  const stray = installed.filter((entry) => entry.version !== version);

  if (JSON.stringify(seen) !== JSON.stringify(names) || stray.length > 0) {
    const list = installed.map((entry) => `${entry.name}@${entry.version} in ${entry.dir}`);
    throw new Error(
      `expected one copy of each of ${names.join(", ")} at ${version}:\n${list.join("\n")}`,
    );
  }
  console.log(`roundtrip: one version installed: ${names.length} packages at ${version}`);
}

try {
  await main();
} catch (error) {
  console.error(`roundtrip: ${error.message}`);
  process.exitCode = 1;
}
