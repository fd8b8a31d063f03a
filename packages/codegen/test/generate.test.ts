import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generate } from "../src/generate.js";
import { SpecError } from "../src/spec-error.js";
import { multiFileSpec, writeSpecFolder, type SpecFolder } from "./spec-folder.js";

const folders: SpecFolder[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => folder.remove()));
});

async function specFolder(files: Record<string, string>) {
  const folder = await writeSpecFolder(files);
  folders.push(folder);
  return folder;
}

describe("generate", () => {
  it("follows $refs across folders and writes types and metadata", async () => {
    const folder = await specFolder(multiFileSpec);
    const out = folder.file("out");

    const result = await generate({ spec: folder.file("root.yaml"), out });

    expect(result.written).toBe(true);
    expect(result.operations.map((operation) => operation.operationId)).toEqual([
      "listThings",
      "patch-thing",
    ]);
    const schema = await readFile(path.join(out, "schema.ts"), "utf8");
    expect(schema).toContain('"recipientId.$"?: string');
    const metadata = await readFile(path.join(out, "metadata.ts"), "utf8");
    expect(metadata).toContain('"name": "patchThing"');
    expect(metadata).toContain('"application/json-patch+json"');
  });

  it("says nothing changed when the output is already current", async () => {
    const folder = await specFolder(multiFileSpec);
    const options = { spec: folder.file("root.yaml"), out: folder.file("out") };
    await generate(options);

    const again = await generate(options);
    const check = await generate({ ...options, check: true });

    expect(again).toMatchObject({ changed: false, written: false });
    expect(check).toMatchObject({ changed: false, written: false });
  });

  it("reports a change in check mode without writing", async () => {
    const folder = await specFolder(multiFileSpec);
    const out = folder.file("out");

    const result = await generate({ spec: folder.file("root.yaml"), out, check: true });

    expect(result).toMatchObject({ changed: true, written: false });
    await expect(readFile(path.join(out, "index.ts"))).rejects.toThrow(/ENOENT/);
  });

  it("leaves the previous output whole when a later run fails", async () => {
    const folder = await specFolder(multiFileSpec);
    const out = folder.file("out");
    await generate({ spec: folder.file("root.yaml"), out });
    const before = await readFile(path.join(out, "schema.ts"), "utf8");

    const broken = await specFolder({ "root.yaml": "openapi: 3.0.3\npaths: [unclosed\n" });
    await expect(generate({ spec: broken.file("root.yaml"), out })).rejects.toBeInstanceOf(
      SpecError,
    );

    expect(await readFile(path.join(out, "schema.ts"), "utf8")).toBe(before);
  });
});

describe("operation ids that are awkward as keys", () => {
  it("keeps __proto__ an ordinary key and warns when two ids share a name", async () => {
    const ok = { "200": { description: "ok" } };
    const spec = {
      openapi: "3.0.3",
      info: { title: "Keys", version: "1" },
      paths: {
        "/a": { get: { operationId: "__proto__", responses: ok } },
        "/b": { get: { operationId: "get-thing", responses: ok } },
        "/c": { get: { operationId: "getThing", responses: ok } },
      },
    };
    const folder = await specFolder({ "spec.json": JSON.stringify(spec) });
    const out = folder.file("out");

    const result = await generate({ spec: folder.file("spec.json"), out });
    const metadata = await readFile(path.join(out, "metadata.ts"), "utf8");

    expect(metadata).toContain('["__proto__"]: {');
    expect(metadata).not.toMatch(/^\s*"__proto__":/m);
    expect(result.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/"get-thing" and "getThing" share the name getThing/),
    );
  });
});
