#!/usr/bin/env node
// Lints the project's OpenAPI spec (openapi/v3.yaml, or the path given as the first argument)
// with Redocly's `recommended` ruleset and checks that it bundles. Every error or warning is
// printed as `file#pointer  severity rule: message` and makes the exit code 1; a clean spec
// prints `spec OK: <n> operations, no warnings`.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, createConfig, lint } from "@redocly/openapi-core";

const defaultSpec = fileURLToPath(new URL("../openapi/v3.yaml", import.meta.url));
const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * Problems the spec keeps on purpose. Each names its rule, a text its message must contain,
 * and the reason; anything else the linter reports fails the run.
 */
const accepted = [
  {
    ruleId: "no-ambiguous-paths",
    contains: "`/workflows/{id}/external/oauth-clients` and `/workflows/execute/external/{id}`",
    reason:
      "Both paths are SailPoint's and fixed by the service (the request `POST " +
      "/workflows/execute/external/oauth-clients` would fit either template), so the spec " +
      "cannot change them. The rule stays on to catch any other ambiguous pair.",
  },
];

// An explicit config, not loadConfig(): a redocly.yaml in whatever folder the script is run
// from must not change what "valid" means for this spec. Two rules that `recommended` leaves
// off are turned on: examples inside schemas and parameters are checked like those of request
// and response bodies, because docs, fixtures and the mock tenant take them as real values.
const config = await createConfig({
  extends: ["recommended"],
  rules: {
    "no-invalid-schema-examples": "warn",
    "no-invalid-parameter-examples": "warn",
  },
});

const specPath = path.resolve(process.argv[2] ?? defaultSpec);
if (!existsSync(specPath)) {
  console.error(`spec not found: ${specPath}`);
  process.exit(1);
}

const problems = await lint({ ref: specPath, config });

const reported = problems.filter(
  (problem) =>
    !accepted.some(
      (rule) => rule.ruleId === problem.ruleId && problem.message.includes(rule.contains),
    ),
);

for (const problem of reported) {
  const where = problem.location[0];
  const file = where ? path.relative(process.cwd(), where.source.absoluteRef) : specPath;
  const pointer = where?.pointer ?? "#/";
  console.error(`${file}${pointer}  ${problem.severity} ${problem.ruleId}: ${problem.message}`);
}

if (reported.length > 0) {
  console.error(`\n${reported.length} problem(s) in ${path.relative(process.cwd(), specPath)}`);
  process.exit(1);
}

const { bundle: bundled } = await bundle({ ref: specPath, config });
const paths = Object.values(bundled.parsed.paths ?? {});
const operations = paths.flatMap((item) => methods.filter((method) => method in item));

console.log(`spec OK: ${operations.length} operations, no warnings`);
