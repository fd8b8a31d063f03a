import { appendFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generate } from "../src/generate.js";
import { multiFileSpec, writeSpecFolder, type SpecFolder } from "./spec-folder.js";

let folder: SpecFolder | undefined;
afterEach(() => folder?.remove());

describe("an unchanged spec", () => {
  it("returns at once without reading the spec again", async () => {
    folder = await writeSpecFolder(multiFileSpec);
    const options = { spec: folder.file("root.yaml"), out: folder.file("out") };
    await generate(options);

    const again = await generate(options);

    expect(again).toMatchObject({ upToDate: true, changed: false, written: false });
  });

  it.each([
    ["a $ref'd file changes", "schemas/Thing.yaml", "  name: { type: string }\n"],
    ["the root changes", "root.yaml", "# a comment\n"],
  ])("reads the spec again when %s", async (_, file, addition) => {
    folder = await writeSpecFolder(multiFileSpec);
    const options = { spec: folder.file("root.yaml"), out: folder.file("out") };
    await generate(options);

    await appendFile(folder.file(file), addition);
    const again = await generate(options);

    expect(again.upToDate).toBe(false);
  });

  it("regenerates when an output file was edited by hand", async () => {
    folder = await writeSpecFolder(multiFileSpec);
    const options = { spec: folder.file("root.yaml"), out: folder.file("out") };
    await generate(options);

    await writeFile(path.join(options.out, "metadata.ts"), "// edited\n");
    const check = await generate({ ...options, check: true });
    const again = await generate(options);

    expect(check).toMatchObject({ upToDate: false, changed: true, written: false });
    expect(again).toMatchObject({ upToDate: false, changed: true, written: true });
  });
});
