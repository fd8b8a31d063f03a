import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { generate } from "../src/generate.js";
import { typeCheck } from "./type-check.js";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Strings that would end a comment, a string or a template if pasted into code unescaped. */
const hostile = ["*/ export const pwned = 1; /*", '"; export const pwned = 2; "', "` ${pwned} `"];

const spec = {
  openapi: "3.1.0",
  info: { title: `Evil\n export const pwned = 3;\u2028 */`, version: "1" },
  paths: {
    "/things": {
      get: {
        operationId: "list-things",
        summary: hostile.join(" "),
        description: `Ends a comment: */ and opens one: /*`,
        parameters: [
          {
            name: "filters",
            in: "query",
            schema: { type: "string" },
            description: [
              "Filtering is supported for the following fields and operators:",
              "**a*/b**: *eq*",
              hostile[0],
            ].join("\n"),
          },
        ],
        responses: {
          "200": {
            description: "*/",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    "@type": { type: "string", enum: hostile },
                    "recipientId.$": { type: "string", description: "*/ /*" },
                    quoted: { type: "string", enum: ['a"b', "c'd", "e`f", "g\\h"] },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

describe("a hostile spec", () => {
  it("cannot end a comment, string or template in the generated code", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "sailkit-hostile-"));
    try {
      await symlink(path.resolve(here, "../node_modules"), path.join(folder, "node_modules"));
      await writeFile(path.join(folder, "spec.json"), JSON.stringify(spec));
      const out = path.join(folder, "out");
      await generate({ spec: path.join(folder, "spec.json"), out });
      await writeFile(
        path.join(folder, "use.ts"),
        'import { operationMetadata, type paths } from "./out/index.js";\n' +
          'type Answer = paths["/things"]["get"]["responses"]["200"];\n' +
          'type Body = Answer["content"]["application/json"];\n' +
          'export const kinds: Body["@type"][] = [];\n' +
          "export const summary: string | null = operationMetadata['list-things'].summary;\n",
      );

      expect(typeCheck([path.join(folder, "use.ts")])).toEqual([]);
      for (const name of ["index.ts", "schema.ts", "metadata.ts"]) {
        const exported = exportedNames(await readFile(path.join(out, name), "utf8"));
        expect(exported).not.toContain("pwned");
      }
      const metadata = await readFile(path.join(out, "metadata.ts"), "utf8");
      const value = evaluateMetadata(metadata)["list-things"] as { summary: string };
      expect(value.summary).toBe(hostile.join(" "));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

/** The names a TypeScript module exports at its top level. */
function exportedNames(source: string): string[] {
  const file = ts.createSourceFile("m.ts", source, ts.ScriptTarget.ES2022);
  const names: string[] = [];
  file.forEachChild((node) => {
    if (ts.isVariableStatement(node)) {
      for (const declaration of node.declarationList.declarations)
        names.push(declaration.name.getText(file));
    }
    if ((ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) {
      names.push(node.name.text);
    }
  });
  return names;
}

/** Runs the emitted metadata module and answers its `operationMetadata` value. */
function evaluateMetadata(source: string): Record<string, unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } });
  const module = { exports: {} as Record<string, unknown> };
  runInNewContext(js.outputText, { module, exports: module.exports });
  return module.exports["operationMetadata"] as Record<string, unknown>;
}
