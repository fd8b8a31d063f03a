#!/usr/bin/env node
// pnpm release --registry <url>: versions the fixed group with `changeset version` (records
// the spec the release carries in .changeset/openapi-spec.json), builds, checks the packages
// (publint, arethetypeswrong) and publishes every package of the group, dependencies first,
// then checks that the registry serves each at the one version with real ranges, never
// `workspace:`. A registry off loopback must be https and confirmed with --public.
import { parseArgs } from "node:util";
import { allowedRegistry, authSetting, fetchPackument, verifyPublished } from "./lib/registry.mjs";
import { run } from "./lib/run.mjs";
import { writeRecord } from "./lib/spec-record.mjs";
import { releaseGroup, repositoryRoot as root } from "./lib/workspace.mjs";

const USAGE = `Usage: pnpm release --registry <url> [--no-version] [--no-checks] [--public]

  --registry <url>  where to publish (or SAILKIT_REGISTRY); required, never npm's default
  --no-version      publish the versions as they are, without \`changeset version\`
  --no-checks       skip publint and arethetypeswrong (when CI has just run them)
  --public          allow a registry that is not on loopback (a real release)

SAILKIT_REGISTRY_TOKEN, when set, is the registry's auth token; otherwise npm's own login
for that registry is used.`;

/** Releases the fixed group; answers the exit code. */
async function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      registry: { type: "string" },
      "no-version": { type: "boolean", default: false },
      "no-checks": { type: "boolean", default: false },
      public: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  const registry = allowedRegistry(values.registry ?? process.env.SAILKIT_REGISTRY, values);
  const token = process.env.SAILKIT_REGISTRY_TOKEN;
  if (!values["no-version"]) {
    run("pnpm", ["exec", "changeset", "version"], { cwd: root });
    const version = releaseGroup(root)[0].manifest.version;
    writeRecord(root, `released in ${version}`);
  }

  run("pnpm", ["exec", "turbo", "run", "build", "--output-logs=errors-only"], { cwd: root });
  if (!values["no-checks"]) run(process.execPath, ["scripts/check-packages.mjs"], { cwd: root });

  const group = releaseGroup(root);
  const version = group[0].manifest.version;
  const own = group.find((entry) => entry.manifest.publishConfig?.registry);
  if (own) throw new Error(`${own.name} names a registry in publishConfig; remove it`);
  // A scope registry in someone's npmrc would win over --registry for @sailkit/*: set both.
  const auth = token ? [authSetting(registry, token)] : [];
  const target = ["--registry", registry, `--@sailkit:registry=${registry}`];
  for (const entry of group) {
    const published = await fetchPackument(registry, entry.name, token);
    if (published?.versions?.[version]) {
      console.log(`release: ${entry.name}@${version} is already on ${registry}; skipped`);
      continue;
    }

    run("pnpm", ["publish", ...target, "--no-git-checks", "--access", "public", ...auth], {
      cwd: entry.dir,
    });
    console.log(`release: published ${entry.name}@${version} to ${registry}`);
  }

  const problems = await verifyPublished(registry, group, version, token);
  for (const problem of problems) console.error(`release: ${problem}`);
  if (problems.length > 0) return 1;

  console.log(`release: ${group.length} packages at ${version} on ${registry}`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`release: ${error.message}`);
  process.exitCode = 1;
}
