import { HTTP_METHODS, type OpenApiDocument } from "./openapi-types.js";
import { escapePointerStep, resolveRef } from "./refs.js";
import type { SpecProblem } from "./spec-error.js";

/**
 * Checks the shape of the parts of a bundled document that the codegen and openapi-typescript
 * read (path items, operations, parameters, bodies, responses, media types), so a malformed
 * spec gets a located message instead of a failure deep inside code generation.
 */
export function checkStructure(document: OpenApiDocument): SpecProblem[] {
  const problems: SpecProblem[] = [];

  for (const [path, item] of Object.entries(document.paths)) {
    const pointer = `/paths/${escapePointerStep(path)}`;
    const resolved = resolveRef(document, item);
    if (!expectObject(resolved, pointer, "a path item", problems)) continue;

    for (const method of HTTP_METHODS) {
      if (!(method in resolved)) continue;
      checkOperation(document, resolved[method], `${pointer}/${method}`, problems);
    }
    checkList(document, resolved["parameters"], `${pointer}/parameters`, "a parameter", problems);
  }

  return problems;
}

function checkOperation(
  document: OpenApiDocument,
  value: unknown,
  pointer: string,
  problems: SpecProblem[],
) {
  if (!expectObject(value, pointer, "an operation", problems)) return;

  for (const key of ["operationId", "summary", "description"]) {
    if (key in value && typeof value[key] !== "string") {
      problems.push({ pointer: `${pointer}/${key}`, message: `${key} must be a string` });
    }
  }
  const tags = value["tags"];
  if (
    tags !== undefined &&
    !(Array.isArray(tags) && tags.every((tag) => typeof tag === "string"))
  ) {
    problems.push({ pointer: `${pointer}/tags`, message: "tags must be a list of strings" });
  }

  checkList(document, value["parameters"], `${pointer}/parameters`, "a parameter", problems);
  if (value["requestBody"] !== undefined) {
    const body = resolveRef(document, value["requestBody"]);
    if (expectObject(body, `${pointer}/requestBody`, "a request body", problems)) {
      checkContent(document, body["content"], `${pointer}/requestBody/content`, problems);
    }
  }
  checkResponses(document, value["responses"], `${pointer}/responses`, problems);
}

function checkResponses(
  document: OpenApiDocument,
  value: unknown,
  pointer: string,
  problems: SpecProblem[],
) {
  if (value === undefined) return;
  if (!expectObject(value, pointer, "an object of responses", problems)) return;

  for (const [status, response] of Object.entries(value)) {
    const at = `${pointer}/${escapePointerStep(status)}`;
    const resolved = resolveRef(document, response);
    if (expectObject(resolved, at, "a response", problems)) {
      checkContent(document, resolved["content"], `${at}/content`, problems);
    }
  }
}

function checkContent(
  document: OpenApiDocument,
  value: unknown,
  pointer: string,
  problems: SpecProblem[],
) {
  if (value === undefined) return;
  if (!expectObject(value, pointer, "an object of media types", problems)) return;

  for (const [type, media] of Object.entries(value)) {
    const at = `${pointer}/${escapePointerStep(type)}`;
    if (!expectObject(media, at, "a media type object", problems)) continue;
    const schema = resolveRef(document, media["schema"]);
    if (schema !== undefined) expectObject(schema, `${at}/schema`, "a schema", problems);
  }
}

function checkList(
  document: OpenApiDocument,
  value: unknown,
  pointer: string,
  what: string,
  problems: SpecProblem[],
) {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    problems.push({ pointer, message: `expected a list of ${what.replace(/^an? /, "")}s` });
    return;
  }

  value.forEach((entry, index) => {
    expectObject(resolveRef(document, entry), `${pointer}/${index}`, what, problems);
  });
}

function expectObject(
  value: unknown,
  pointer: string,
  what: string,
  problems: SpecProblem[],
): value is Record<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    if (!("$ref" in value) || typeof value["$ref"] === "string") return true;

    problems.push({ pointer: `${pointer}/$ref`, message: "$ref must be a string" });
    return false;
  }

  problems.push({ pointer, message: `expected ${what}, found ${describe(value)}` });
  return false;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing (a $ref that leads nowhere?)";
  if (value === null) return "null";

  return Array.isArray(value) ? "a list" : typeof value;
}
