import type { OpenApiDocument } from "../src/openapi-types.js";

/** A JSON schema `$ref` to a component schema. */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A response of JSON content with the given schema. */
const json = (description: string, schema: unknown) => ({
  description,
  content: { "application/json": { schema } },
});

/**
 * A small bundled document for diff tables: list, create and read things, a `$ref`'d query
 * parameter, a request schema, and a response schema that refers to itself.
 */
export function thingsSpec(): OpenApiDocument {
  const document = {
    openapi: "3.0.3",
    info: { title: "Things", version: "1.0.0", description: "Things to diff." },
    paths: {
      "/things": {
        get: {
          operationId: "listThings",
          summary: "List things",
          parameters: [{ $ref: "#/components/parameters/limit" }],
          responses: { "200": json("the things", { type: "array", items: ref("Thing") }) },
        },
        post: {
          operationId: "createThing",
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref("NewThing") } },
          },
          responses: { "201": json("created", ref("Thing")), "400": { description: "bad" } },
        },
      },
      "/things/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        get: {
          operationId: "getThing",
          responses: { "200": json("the thing", ref("Thing")) },
        },
      },
    },
    components: {
      parameters: {
        limit: { name: "limit", in: "query", schema: { type: "integer", maximum: 250 } },
      },
      schemas: {
        Thing: {
          type: "object",
          description: "A thing.",
          required: ["id", "status"],
          properties: {
            id: { type: "string", readOnly: true },
            status: { type: "string", enum: ["on", "off"] },
            parent: ref("Thing"),
            tags: { type: "array", items: { type: "string" } },
          },
        },
        NewThing: {
          allOf: [ref("Named")],
          type: "object",
          properties: {
            kind: { type: "string", enum: ["a", "b"] },
            size: { type: "integer" },
          },
        },
        Named: {
          type: "object",
          required: ["name"],
          properties: { name: { type: "string", maxLength: 64 } },
        },
      },
    },
  };

  return document;
}

/** A change to a test document, made in place. */
export type Edit = (document: object) => void;

/** Sets the value at a JSON pointer; `-` as the last step appends to an array. */
export function set(pointer: string, value: unknown): Edit {
  return (document) => {
    const { parent, last } = locate(document, pointer);
    if (Array.isArray(parent) && last === "-") parent.push(value);
    else (parent as Record<string, unknown>)[last] = value;
  };
}

/** Removes the value at a JSON pointer (an array item is spliced out). */
export function remove(pointer: string): Edit {
  return (document) => {
    const { parent, last } = locate(document, pointer);
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete (parent as Record<string, unknown>)[last];
  };
}

/** The test document with the edits made, on a copy. */
export function edited(edits: readonly Edit[]): OpenApiDocument {
  const document = structuredClone(thingsSpec());
  for (const edit of edits) edit(document);

  return document;
}

function locate(document: unknown, pointer: string) {
  const steps = pointer
    .split("/")
    .slice(1)
    .map((step) => step.replaceAll("~1", "/").replaceAll("~0", "~"));
  const last = steps.pop() ?? "";
  const parent = steps.reduce<unknown>(
    (node, step) => (node as Record<string, unknown>)[step],
    document,
  );
  if (parent === null || typeof parent !== "object") throw new Error(`no parent at ${pointer}`);

  return { parent, last };
}
