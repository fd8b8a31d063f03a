import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sailkit } from "./run-cli.js";
import { multiFileSpec, writeSpecFolder, type SpecFolder } from "./spec-folder.js";

let folder: SpecFolder;
beforeAll(async () => {
  folder = await writeSpecFolder({ ...multiFileSpec, "bad.yaml": "openapi: [\n" });
});
afterAll(() => folder.remove());

describe("the sailkit command (built CLI)", () => {
  it.each([
    { args: ["--help"], code: 0, stdout: /Commands:/ },
    { args: ["generate", "--help"], code: 0, stdout: /--check/ },
    { args: [], code: 2, stdout: /Usage: sailkit/ },
    { args: ["frobnicate"], code: 2, stderr: /unknown command "frobnicate"/ },
    { args: ["generate", "--out", "x"], code: 2, stderr: /--spec is required/ },
    { args: ["generate", "--spec", "a", "--out", "b", "--bogus"], code: 2, stderr: /bogus/ },
    { args: ["inspect", "--help"], code: 0, stdout: /--json/ },
    { args: ["inspect"], code: 2, stderr: /--spec is required/ },
    { args: ["inspect", "--spec", "missing.yaml"], code: 3, stderr: /missing\.yaml: no such file/ },
  ])("sailkit $args exits $code", async ({ args, code, stdout, stderr }) => {
    const result = await sailkit(args);

    expect(result.code).toBe(code);
    if (stdout) expect(result.stdout).toMatch(stdout);
    if (stderr) expect(result.stderr).toMatch(stderr);
  });

  it("generates, then --check passes, and a bad spec exits 3 naming the file", async () => {
    const out = folder.file("out");
    const spec = folder.file("root.yaml");

    expect((await sailkit(["generate", "--spec", spec, "--out", out])).stdout).toMatch(/wrote/);
    expect((await sailkit(["generate", "--spec", spec, "--out", out, "--check"])).code).toBe(0);
    const bad = await sailkit(["generate", "--spec", folder.file("bad.yaml"), "--out", out]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain("bad.yaml");
  });

  it("exits 1 in check mode when the output would change", async () => {
    const spec = folder.file("root.yaml");

    const result = await sailkit([
      "generate",
      "--spec",
      spec,
      "--out",
      folder.file("fresh"),
      "--check",
    ]);

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/out of date/);
  });
});

describe("sailkit inspect", () => {
  it("prints one JSON document with operations and warnings", async () => {
    const result = await sailkit(["inspect", "--spec", folder.file("root.yaml"), "--json"]);
    const report = JSON.parse(result.stdout) as {
      operations: { operationId: string; method: string; path: string; pagination: unknown }[];
      warnings: unknown[];
    };

    expect(result.code).toBe(0);
    expect(report.operations.map((operation) => operation.operationId)).toEqual([
      "listThings",
      "patch-thing",
    ]);
    expect(report.operations[0]).toMatchObject({
      method: "GET",
      path: "/things",
      pagination: null,
    });
    expect(report.warnings).toEqual([]);
  });

  it("prints a readable summary", async () => {
    const result = await sailkit(["inspect", "--spec", folder.file("root.yaml")]);

    expect(result.stdout).toMatch(/operations: +2/);
    expect(result.stdout).toMatch(/warnings: +0/);
  });

  it("shows no stack trace for a bad spec unless --debug is given", async () => {
    const plain = await sailkit(["inspect", "--spec", folder.file("bad.yaml")]);
    const debug = await sailkit(["inspect", "--spec", folder.file("bad.yaml"), "--debug"]);

    expect(plain.stderr).not.toMatch(/\n\s+at /);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
