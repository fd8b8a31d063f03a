// Tests of the release scripts' helpers, with node's test runner: `node --test scripts/test/`.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { pendingChangesets, writeChangeset } from "../lib/changesets.mjs";
import { isDual, workspaceRanges } from "../lib/pack.mjs";
import { allowedRegistry, authSetting } from "../lib/registry.mjs";
import { hashSpecTree } from "../lib/spec-record.mjs";
import { releaseGroup } from "../lib/workspace.mjs";

const scratch = mkdtempSync(path.join(tmpdir(), "sailkit-scripts-test-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes files (relative path → text) under a new folder of the scratch space. */
function folder(name, files) {
  const root = path.join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe("allowedRegistry", () => {
  for (const [given, expected] of [
    ["http://127.0.0.1:4873", "http://127.0.0.1:4873/"],
    ["http://localhost:4873/", "http://localhost:4873/"],
    ["http://[::1]:4873", "http://[::1]:4873/"],
  ]) {
    it(`allows the loopback registry ${given}`, () => {
      assert.equal(allowedRegistry(given), expected);
    });
  }

  it("refuses when no registry is named", () => {
    assert.throws(() => allowedRegistry(undefined), /name the registry/);
  });

  it("refuses a registry off loopback unless --public confirms it, and never over http", () => {
    assert.throws(() => allowedRegistry("https://registry.example"), /pass --public/);
    assert.throws(() => allowedRegistry("http://registry.example", { public: true }), /https/);
    assert.equal(
      allowedRegistry("https://registry.example", { public: true }),
      "https://registry.example/",
    );
  });

  it("writes the token setting npm reads for that registry", () => {
    assert.equal(authSetting("http://127.0.0.1:4873/", "t"), "--//127.0.0.1:4873/:_authToken=t");
  });
});

describe("changesets", () => {
  it("writes a changeset, never over another, and reads its bumps back", () => {
    const root = folder("changesets", { ".changeset/README.md": "# Changesets\n" });

    writeChangeset(root, "spec", { "@sailkit/v3": "major" }, "Text.");
    writeChangeset(root, "spec", { "@sailkit/v3": "patch" }, "More.");

    assert.deepEqual(pendingChangesets(root), [
      { file: "spec-2.md", bumps: { "@sailkit/v3": "patch" } },
      { file: "spec.md", bumps: { "@sailkit/v3": "major" } },
    ]);
  });
});

describe("hashSpecTree", () => {
  it("hashes paths and contents, not line endings or the order files were written in", () => {
    const a = folder("hash-a", { "v3.yaml": "a: 1\nb: 2\n", "paths/x.yaml": "get: {}\n" });
    const b = folder("hash-b", { "paths/x.yaml": "get: {}\r\n", "v3.yaml": "a: 1\r\nb: 2\r\n" });
    const c = folder("hash-c", { "v3.yaml": "a: 1\nb: 2\n", "paths/y.yaml": "get: {}\n" });

    assert.equal(hashSpecTree(a), hashSpecTree(b));
    assert.notEqual(hashSpecTree(a), hashSpecTree(c));
  });
});

describe("releaseGroup", () => {
  const manifest = (name, dependencies = {}) =>
    JSON.stringify({ name, version: "1.0.0", dependencies });

  it("lists the fixed group with each package after the group members it depends on", () => {
    const root = folder("group", {
      ".changeset/config.json": JSON.stringify({ fixed: [["@s/client", "@s/v3", "@s/gen"]] }),
      "packages/client/package.json": manifest("@s/client", { "@s/v3": "workspace:*" }),
      "packages/v3/package.json": manifest("@s/v3", { "@s/gen": "workspace:*" }),
      "packages/gen/package.json": manifest("@s/gen"),
    });

    assert.deepEqual(
      releaseGroup(root).map((entry) => entry.name),
      ["@s/gen", "@s/v3", "@s/client"],
    );
  });

  it("refuses a group that names a package the workspace lacks", () => {
    const root = folder("group-missing", {
      ".changeset/config.json": JSON.stringify({ fixed: [["@s/gone"]] }),
      "packages/a/package.json": manifest("@s/a"),
    });

    assert.throws(() => releaseGroup(root), /names @s\/gone/);
  });
});

describe("workspaceRanges", () => {
  it("names every dependency still on a workspace: range", () => {
    const manifest = {
      dependencies: { "@s/v3": "workspace:*", yaml: "2.9.1" },
      devDependencies: { "@s/fixtures": "workspace:^" },
    };

    assert.deepEqual(workspaceRanges(manifest), [
      "dependencies.@s/v3: workspace:*",
      "devDependencies.@s/fixtures: workspace:^",
    ]);
  });
});

describe("isDual", () => {
  it("tells a package with a require export from an ESM-only one", () => {
    const dual = { exports: { ".": { import: "./a.js", require: "./a.cjs" } } };
    const esm = { exports: { ".": { types: "./a.d.ts", default: "./a.js" } } };

    assert.equal(isDual(dual), true);
    assert.equal(isDual(esm), false);
  });
});
