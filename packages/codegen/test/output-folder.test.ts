import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generate } from "../src/generate.js";
import { OutputFolderError } from "../src/output-folder.js";
import { multiFileSpec, writeSpecFolder, type SpecFolder } from "./spec-folder.js";

let folder: SpecFolder | undefined;
afterEach(() => folder?.remove());

async function refusal(out: string) {
  const spec = folder?.file("root.yaml") ?? "";
  return generate({ spec, out }).catch((error: unknown) => error);
}

describe("the output folder", () => {
  it("is refused, untouched, when it is a file", async () => {
    folder = await writeSpecFolder(multiFileSpec);
    const out = folder.file("out");
    await writeFile(out, "mine");

    const failure = await refusal(out);

    expect(failure).toBeInstanceOf(OutputFolderError);
    expect(String(failure)).toMatch(/is a file/);
    expect(await readFile(out, "utf8")).toBe("mine");
  });

  it("is refused, untouched, when it holds files sailkit did not write", async () => {
    folder = await writeSpecFolder(multiFileSpec);
    const out = folder.file("out");
    await mkdir(out);
    await writeFile(path.join(out, "notes.txt"), "mine");

    const failure = await refusal(out);

    expect(String(failure)).toMatch(/holds files sailkit did not write/);
    expect(await readFile(path.join(out, "notes.txt"), "utf8")).toBe("mine");
  });

  it("is refused when the spec lies inside it", async () => {
    folder = await writeSpecFolder(multiFileSpec);

    const failure = await refusal(folder.root);

    expect(String(failure)).toMatch(/holds the spec file /);
    expect(await readFile(folder.file("root.yaml"), "utf8")).toBe(multiFileSpec["root.yaml"]);
  });
});
