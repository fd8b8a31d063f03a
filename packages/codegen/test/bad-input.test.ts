import { afterAll, describe, expect, it } from "vitest";
import { loadSpec } from "../src/load-spec.js";
import { listOperations } from "../src/operations.js";
import { SpecError } from "../src/spec-error.js";
import { writeSpecFolder, type SpecFolder } from "./spec-folder.js";

const info = 'info: { title: Bad, version: "1" }';
const okResponse = 'responses: { "200": { description: ok } }';

/** Each case: the files of a spec, and what the error must say (file, pointer, reason). */
const cases: { name: string; files: Record<string, string>; expected: RegExp[] }[] = [
  {
    name: "a missing root file",
    files: {},
    expected: [/not found/, /root\.yaml: no such file/],
  },
  {
    name: "invalid YAML",
    files: { "root.yaml": "openapi: 3.0.3\npaths: [unclosed\n" },
    expected: [/could not be read/, /root\.yaml/, /flow collection/],
  },
  {
    name: "a $ref to a missing file",
    files: { "root.yaml": `openapi: 3.0.3\n${info}\npaths:\n  /a:\n    $ref: "./gone.yaml"\n` },
    expected: [/broken references/, /root\.yaml#\/paths\/~1a/, /gone\.yaml/],
  },
  {
    name: "a $ref to a missing pointer",
    files: {
      "root.yaml": [
        "openapi: 3.0.3",
        info,
        "paths:",
        "  /a:",
        "    get:",
        '      parameters: [{ $ref: "#/components/parameters/nope" }]',
        `      ${okResponse}`,
      ].join("\n"),
    },
    expected: [/broken references/, /root\.yaml#\/paths\/~1a\/get\/parameters\/0/],
  },
  {
    name: "a Swagger 2.0 document",
    files: { "root.yaml": `swagger: "2.0"\n${info}\npaths: {}\n` },
    expected: [/Swagger 2\.0 is not supported/],
  },
  {
    name: "a document that is not an object",
    files: { "root.yaml": "- just\n- a list\n" },
    expected: [/not an object/],
  },
  {
    name: "an empty document",
    files: { "root.yaml": "" },
    expected: [/empty/],
  },
  {
    name: "a document without paths",
    files: { "root.yaml": `openapi: 3.0.3\n${info}\n` },
    expected: [/no "paths" object/],
  },
];

const folders: SpecFolder[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => folder.remove()));
});

describe("bad input gives an error naming what and where", () => {
  it.each(cases)("$name", async ({ files, expected }) => {
    const folder = await writeSpecFolder(files);
    folders.push(folder);

    const error = await loadSpec(folder.file("root.yaml")).catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(SpecError);
    for (const pattern of expected) expect((error as Error).message).toMatch(pattern);
  });

  it("rejects duplicate operation ids and names both places", async () => {
    const folder = await writeSpecFolder({
      "root.yaml": [
        "openapi: 3.0.3",
        info,
        "paths:",
        `  /a: { get: { operationId: same, ${okResponse} } }`,
        `  /b: { post: { operationId: same, ${okResponse} } }`,
      ].join("\n"),
    });
    folders.push(folder);
    const spec = await loadSpec(folder.file("root.yaml"));

    expect(() => listOperations(spec.document)).toThrow(
      /\/paths\/~1b\/post: operationId "same" is also at \/paths\/~1a\/get/,
    );
  });
});
