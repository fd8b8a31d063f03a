import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** A temporary folder of spec files for one test; `remove()` deletes it. */
export interface SpecFolder {
  root: string;
  file(name: string): string;
  remove(): Promise<void>;
}

/** Writes the given files (relative path → text) into a new temporary folder. */
export async function writeSpecFolder(files: Record<string, string>): Promise<SpecFolder> {
  const root = await mkdtemp(path.join(tmpdir(), "sailkit-spec-"));

  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }

  return {
    root,
    file: (name) => path.join(root, name),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** A small valid multi-file spec: a root, a path file in one folder and a schema in another. */
export const multiFileSpec: Record<string, string> = {
  "root.yaml": `openapi: 3.0.3
info: { title: Tiny, version: "1.0.0" }
paths:
  /things:
    $ref: "./paths/things.yaml"
  /things/{id}:
    patch:
      operationId: patch-thing
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json-patch+json:
            schema: { type: array, items: { type: object } }
      responses:
        "200": { description: patched }
`,
  "paths/things.yaml": `get:
  operationId: listThings
  tags: [Things]
  summary: List things
  parameters:
    - { name: limit, in: query, schema: { type: integer, maximum: 250 } }
  responses:
    "200":
      description: the things
      content:
        application/json:
          schema:
            type: array
            items:
              $ref: "../schemas/Thing.yaml"
`,
  "schemas/Thing.yaml": `type: object
required: [id]
properties:
  id: { type: string }
  "recipientId.$": { type: string }
`,
};
