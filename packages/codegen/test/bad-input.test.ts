import { afterAll, describe, expect, it } from "vitest";
import { loadSpec } from "../src/load-spec.js";
import { listOperations } from "../src/operations.js";
import { SpecError } from "../src/spec-error.js";
import { writeSpecFolder, type SpecFolder } from "./spec-folder.js";

const info = 'info: { title: Bad, version: "1" }';
const okResponse = 'responses: { "200": { description: ok } }';

/** A spec with one operation `GET /a` whose body is the given YAML line. */
function op(line: string): string {
  return `openapi: 3.0.3\n${info}\npaths:\n  /a:\n    get:\n      ${line}\n`;
}

/** Nine levels of ten aliases each: a billion leaves from a few hundred bytes. */
function aliasBomb(): string {
  const levels = ["x-0: &l0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"];
  for (let level = 1; level < 10; level += 1) {
    levels.push(
      `x-${level}: &l${level} [${Array(10)
        .fill(`*l${level - 1}`)
        .join(", ")}]`,
    );
  }
  return `openapi: 3.0.3\n${info}\n${levels.join("\n")}\npaths: {}\n`;
}

/** Each case: the files of a spec, and what the error must say (file, pointer, reason). */
const cases: { name: string; files: Record<string, string>; root?: string; expected: RegExp[] }[] =
  [
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
      name: "a $ref cycle inside one file",
      files: {
        "root.yaml": [
          "openapi: 3.0.3",
          info,
          "paths: { /a: { get: { responses: { '200': { $ref: '#/components/responses/A' } } } } }",
          "components:",
          "  responses:",
          "    A: { $ref: '#/components/responses/B' }",
          "    B: { $ref: '#/components/responses/A' }",
        ].join("\n"),
      },
      expected: [
        /\$ref cycle that resolves to nothing/,
        /responses\/A -> .*responses\/B -> .*responses\/A/,
      ],
    },
    {
      name: "a $ref cycle across files",
      files: {
        "root.yaml": `openapi: 3.0.3\n${info}\npaths:\n  /a: { $ref: "./paths/p.yaml" }\n`,
        "paths/p.yaml": '$ref: "../q.yaml"\n',
        "q.yaml": '$ref: "./paths/p.yaml"\n',
      },
      expected: [/\$ref cycle/, /root\.yaml#\/paths\/~1a/, /p\.yaml# -> .*q\.yaml# -> .*p\.yaml#/],
    },
    {
      name: "a broken $ref in a nested file",
      files: {
        "root.yaml": `openapi: 3.0.3\n${info}\npaths:\n  /a: { $ref: "./paths/a.yaml" }\n`,
        "paths/a.yaml": "get:\n  responses:\n    '200': { $ref: '../responses/missing.yaml' }\n",
      },
      expected: [/broken references/, /paths\/a\.yaml#\/get\/responses\/200/, /missing\.yaml/],
    },
    {
      name: "a $ref to a missing pointer in another file",
      files: {
        "root.yaml": `openapi: 3.0.3\n${info}\npaths:\n  /a: { $ref: "./paths.yaml#/nope" }\n`,
        "paths.yaml": "other: {}\n",
      },
      expected: [/broken references/, /root\.yaml#\/paths\/~1a/],
    },
    {
      name: "a remote $ref, refused without touching the network",
      files: {
        "root.yaml": [
          "openapi: 3.0.3",
          info,
          'paths: { /a: { $ref: "https://example.invalid/a.yaml" } }',
        ].join("\n"),
      },
      expected: [
        /root\.yaml#\/paths\/~1a/,
        /remote \$ref https:\/\/example\.invalid\/a\.yaml refused/,
      ],
    },
    {
      name: "invalid JSON",
      files: { "root.json": '{ "openapi": "3.0.3", "paths": { ' },
      root: "root.json",
      expected: [/could not be read/, /root\.json/],
    },
    {
      name: "a JSON array",
      files: { "root.json": "[1, 2]" },
      root: "root.json",
      expected: [/not an object/],
    },
    {
      name: "a document of only whitespace and comments",
      files: { "root.yaml": "  \n# nothing here\n" },
      expected: [/empty/],
    },
    {
      name: "a plain string",
      files: { "root.yaml": "just words\n" },
      expected: [/not an object/],
    },
    {
      name: "an OpenAPI 2 style version",
      files: { "root.yaml": `openapi: 2.0.0\n${info}\npaths: {}\n` },
      expected: [/expected "openapi: 3\.0\.x" or "3\.1\.x"/, /"2\.0\.0"/],
    },
    {
      name: "a numeric openapi version",
      files: { "root.yaml": `openapi: 3.0\n${info}\npaths: {}\n` },
      expected: [/expected "openapi: 3\.0\.x"/, /found 3/],
    },
    {
      name: "paths that are a list",
      files: { "root.yaml": `openapi: 3.0.3\n${info}\npaths: [a, b]\n` },
      expected: [/"paths"/],
    },
    {
      name: "YAML with a duplicate key",
      files: { "root.yaml": `openapi: 3.0.3\n${info}\npaths: {}\npaths: {}\n` },
      expected: [/could not be read/, /duplicated mapping key/],
    },
    {
      name: "a root that is a folder",
      files: { "root.yaml/inner.yaml": "a: 1\n" },
      expected: [/root\.yaml/],
    },
    {
      name: "an operationId that is not a string",
      files: { "root.yaml": op("operationId: 42") },
      expected: [
        /malformed/,
        /root\.yaml#\/paths\/~1a\/get\/operationId: operationId must be a string/,
      ],
    },
    {
      name: "parameters that are not a list",
      files: { "root.yaml": op("parameters: { name: x }") },
      expected: [/#\/paths\/~1a\/get\/parameters: expected a list of parameters/],
    },
    {
      name: "a parameter that is a string",
      files: { "root.yaml": op('parameters: ["x"]') },
      expected: [/#\/paths\/~1a\/get\/parameters\/0: expected a parameter, found string/],
    },
    {
      name: "content that is a string",
      files: { "root.yaml": op('responses: { "200": { description: ok, content: "json" } }') },
      expected: [/responses\/200\/content: expected an object of media types, found string/],
    },
    {
      name: "a $ref that is a number",
      files: { "root.yaml": op('responses: { "200": { $ref: 5 } }') },
      expected: [/responses\/200\/\$ref: \$ref must be a string/],
    },
    {
      name: "an operation that is null",
      files: { "root.yaml": `openapi: 3.0.3\n${info}\npaths:\n  /a:\n    get: null\n` },
      expected: [/#\/paths\/~1a\/get: expected an operation, found null/],
    },
    {
      name: "a malformed operation in a path file, located in that file",
      files: {
        "root.yaml": `openapi: 3.0.3\n${info}\npaths:\n  /a: { $ref: "./paths/a.yaml" }\n`,
        "paths/a.yaml": "get:\n  summary: { a: 1 }\n",
      },
      expected: [/paths\/a\.yaml#\/get\/summary: summary must be a string/],
    },
    {
      name: "a YAML alias bomb",
      files: { "root.yaml": aliasBomb() },
      expected: [/could not be read/, /YAML aliases expand too far/],
    },
    {
      name: "a YAML alias that contains itself",
      files: { "root.yaml": `openapi: 3.0.3\n${info}\nx-loop: &a [*a]\npaths: {}\n` },
      expected: [/a YAML alias refers to a node that contains it/],
    },
    {
      name: "JSON with a trailing comma, parsed as JSON and not YAML",
      files: { "root.json": '{"openapi": "3.0.3", "paths": {},}' },
      root: "root.json",
      expected: [/invalid JSON at line 1, column \d+/],
    },
    {
      name: "a $ref outside the spec's folder",
      files: {
        "spec/root.yaml": `openapi: 3.0.3\n${info}\npaths:\n  /a: { $ref: "../outside.yaml" }\n`,
        "outside.yaml": "get: {}\n",
      },
      root: "spec/root.yaml",
      expected: [/outside\.yaml is outside the spec's folder/],
    },
    {
      name: "a document without paths",
      files: { "root.yaml": `openapi: 3.0.3\n${info}\n` },
      expected: [/no "paths" object/],
    },
  ];

/** Reads a spec as generation does: bundle it, then list its operations. */
async function readSpec(file: string) {
  const spec = await loadSpec(file);
  return listOperations(spec.document, spec.locate);
}

const folders: SpecFolder[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => folder.remove()));
});

describe("bad input gives an error naming what and where", () => {
  it.each(cases)("$name", async ({ files, root, expected }) => {
    const folder = await writeSpecFolder(files);
    folders.push(folder);

    const error = await readSpec(folder.file(root ?? "root.yaml")).catch(
      (failure: unknown) => failure,
    );

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
