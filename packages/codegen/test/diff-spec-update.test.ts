import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { multiFileSpec } from "./spec-folder.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, "../../..");
const run = promisify(execFile);

/**
 * A copy of the repository's parts that `spec:update` touches, in a temporary folder: the
 * scripts, the changeset config, an openapi/ holding the small multi-file spec, and this
 * (built) codegen package linked in. The real openapi/ is never read or written.
 */
async function copyRepository(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "sailkit-repo-"));
  await cp(path.join(repository, "scripts"), path.join(root, "scripts"), { recursive: true });
  await mkdir(path.join(root, ".changeset"));
  await cp(
    path.join(repository, ".changeset/config.json"),
    path.join(root, ".changeset/config.json"),
  );
  await mkdir(path.join(root, "packages/v3"), { recursive: true });
  await symlink(path.resolve(here, ".."), path.join(root, "packages/codegen"));
  await writeTree(path.join(root, "openapi"), multiFileSpec);

  return root;
}

/** Writes spec files, the root file `root.yaml` named `v3.yaml`. */
async function writeTree(folder: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(folder, name === "root.yaml" ? "v3.yaml" : name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

async function specUpdate(root: string, spec: string) {
  const script = path.join(root, "scripts/spec-update.mjs");
  try {
    const { stdout, stderr } = await run(process.execPath, [script, spec], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** The files under a folder, leaving out the linked codegen package, which other tests write. */
const listing = async (folder: string) =>
  (await readdir(folder, { recursive: true }))
    .filter((file) => !file.startsWith(path.join("packages", "codegen", path.sep)))
    .sort();

let root = "";
let incoming = "";
beforeEach(async () => {
  root = await copyRepository();
  incoming = await mkdtemp(path.join(tmpdir(), "sailkit-new-spec-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(incoming, { recursive: true, force: true });
});

describe("pnpm spec:update (scripts/spec-update.mjs) on a copy of the repository", () => {
  it("replaces openapi/, regenerates, and writes the report and a minor changeset", async () => {
    const things = (multiFileSpec["paths/things.yaml"] ?? "").replace(
      "  parameters:\n",
      "  parameters:\n    - { name: offset, in: query, schema: { type: integer } }\n",
    );
    await writeTree(incoming, { ...multiFileSpec, "paths/things.yaml": things });

    const result = await specUpdate(root, path.join(incoming, "v3.yaml"));
    const changesets = (await readdir(path.join(root, ".changeset"))).filter(
      (f) => f !== "config.json",
    );
    const reports = await readdir(path.join(root, "spec-changes"));

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/bump minor \(0 breaking, 1 non-breaking, 0 info\)/);
    expect(await readFile(path.join(root, "openapi/paths/things.yaml"), "utf8")).toBe(things);
    expect(await listing(path.join(root, "packages/v3/generated"))).toContain("metadata.ts");
    expect(changesets).toEqual([expect.stringMatching(/^spec-update-\d{4}-\d\d-\d\d\.md$/)]);
    const changeset = await readFile(path.join(root, ".changeset", changesets[0] ?? ""), "utf8");
    expect(changeset).toMatch(
      /^---\n"@sailkit\/v3": minor\n---\n\nThe v3 spec was updated: 0 breaking/,
    );
    expect(reports.sort()).toEqual([
      expect.stringMatching(/\.json$/),
      expect.stringMatching(/\.md$/),
    ]);
    const report = await readFile(
      path.join(root, "spec-changes", reports.find((f) => f.endsWith(".md")) ?? ""),
      "utf8",
    );
    expect(report).toContain("- bump: **minor**");
    expect(report).toContain(
      "listThings (GET /things): has a new optional query parameter offset.",
    );
  });

  it("lists the breaking changes in plain words in a major changeset", async () => {
    const root0 = (multiFileSpec["root.yaml"] ?? "").replace(/ {2}\/things\/\{id\}:[\s\S]*$/, "");
    await writeTree(incoming, { ...multiFileSpec, "root.yaml": root0 });

    const result = await specUpdate(root, path.join(incoming, "v3.yaml"));
    const [changeset = ""] = (await readdir(path.join(root, ".changeset"))).filter((f) =>
      f.startsWith("spec-update"),
    );
    const text = await readFile(path.join(root, ".changeset", changeset), "utf8");

    expect(result.code).toBe(0);
    expect(text).toMatch(/^---\n"@sailkit\/v3": major\n---/);
    expect(text).toContain(
      "Breaking changes:\n\n- patch-thing (PATCH /things/{id}): the operation was removed.",
    );
  });

  it("refuses a spec that does not generate, changing nothing", async () => {
    const twice = (multiFileSpec["root.yaml"] ?? "").replace(
      "operationId: patch-thing",
      "operationId: listThings",
    );
    await writeTree(incoming, { ...multiFileSpec, "root.yaml": twice });
    const before = await listing(root);

    const result = await specUpdate(root, incoming);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/does not generate/);
    expect(result.stderr).toMatch(/refused; openapi\/ is unchanged/);
    expect(await listing(root)).toEqual(before);
    expect(await readFile(path.join(root, "openapi/v3.yaml"), "utf8")).toBe(
      multiFileSpec["root.yaml"],
    );
  });

  it("changes nothing when the spec is the one openapi/ holds", async () => {
    await writeTree(incoming, multiFileSpec);
    const before = await listing(root);

    const result = await specUpdate(root, incoming);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/already holds this spec; nothing changed/);
    expect(await listing(root)).toEqual(before);
  });
});
