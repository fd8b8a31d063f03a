import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffSpecs } from "../src/diff/diff-specs.js";
import { sailkit } from "./run-cli.js";
import { multiFileSpec, writeSpecFolder, type SpecFolder } from "./spec-folder.js";

/** The multi-file spec, and a copy whose schema file lost a field and gained a parameter. */
let base: SpecFolder;
let head: SpecFolder;
beforeAll(async () => {
  base = await writeSpecFolder(multiFileSpec);
  head = await writeSpecFolder({
    ...multiFileSpec,
    "schemas/Thing.yaml": "type: object\nrequired: [id]\nproperties:\n  id: { type: string }\n",
    "paths/things.yaml": (multiFileSpec["paths/things.yaml"] ?? "").replace(
      "  parameters:\n",
      "  parameters:\n    - { name: offset, in: query, schema: { type: integer } }\n",
    ),
  });
});
afterAll(async () => {
  await base.remove();
  await head.remove();
});

describe("diffSpecs on multi-file specs", () => {
  it("follows the $refs across files and points into the bundled documents", async () => {
    const diff = await diffSpecs(base.file("root.yaml"), head.file("root.yaml"));

    expect(diff.bump).toBe("major");
    expect(diff.changes.map((change) => change.kind)).toEqual([
      "parameter-added",
      "response-property-removed",
    ]);
    expect(diff.changes[1]?.pointer.base).toMatch(/^\/components\/schemas\/Thing\/properties\//);
  });
});

describe("sailkit diff (built CLI)", () => {
  it.each([
    { args: ["diff", "--help"], code: 0, stdout: /--fail-on <level>/ },
    { args: ["diff", "--base", "a.yaml"], code: 2, stderr: /--head is required/ },
    { args: ["diff", "--base", "a", "--head", "b", "--fail-on", "x"], code: 2, stderr: /one of/ },
    { args: ["diff", "--base", "missing.yaml", "--head", "b"], code: 3, stderr: /no such file/ },
  ])("sailkit $args exits $code", async ({ args, code, stdout, stderr }) => {
    const result = await sailkit(args);

    expect(result.code).toBe(code);
    if (stdout) expect(result.stdout).toMatch(stdout);
    if (stderr) expect(result.stderr).toMatch(stderr);
  });

  it("prints the JSON shape of the issue", async () => {
    const args = ["diff", "--base", base.file("root.yaml"), "--head", head.file("root.yaml")];
    const result = await sailkit([...args, "--json"]);
    const diff = JSON.parse(result.stdout) as { bump: string; changes: object[] };

    expect(result.code).toBe(0);
    expect(diff.bump).toBe("major");
    expect(Object.keys(diff.changes[0] ?? {})).toEqual([
      "level",
      "kind",
      "operationId",
      "method",
      "path",
      "pointer",
      "message",
    ]);
  });

  it("prints a readable report, and --fail-on decides the exit code", async () => {
    const args = ["diff", "--base", base.file("root.yaml"), "--head", head.file("root.yaml")];
    const text = await sailkit(args);
    const failing = await sailkit([...args, "--fail-on", "breaking"]);
    const same = await sailkit([
      "diff",
      "--base",
      base.file("root.yaml"),
      "--head",
      base.file("root.yaml"),
      "--fail-on",
      "info",
    ]);

    expect(text.stdout).toMatch(/^bump: major \(1 breaking, 1 non-breaking, 0 info\)/);
    expect(text.stdout).toContain("listThings (GET /things): the 200 response no longer has");
    expect(failing.code).toBe(1);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/^bump: none/);
  });
});
