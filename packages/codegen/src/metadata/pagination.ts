import type { OpenApiDocument, OperationObject } from "../openapi-types.js";
import { resolveRef } from "../refs.js";
import { queryParameter, type Parameter } from "./parameters.js";

/** How an operation pages, if it does. */
export interface Pagination {
  /**
   * `offset`: `limit` + `offset` query parameters, an array answer.
   * `start`: `limit` + `start`, an `{ items, count }` answer (`GET /campaign-filters`).
   * `search`: `POST /search` paged by `searchAfter` with `sort` in the body.
   */
  style: "offset" | "start" | "search";
  /** The largest `limit` the spec allows, or `null` where it states none. */
  maxLimit: number | null;
  /** Whether the operation accepts `count=true` (total in `X-Total-Count`). */
  count: boolean;
}

/** Reads the paging style of an operation from its parameters and request body. */
export function readPagination(
  document: OpenApiDocument,
  operation: OperationObject,
  parameters: Parameter[],
): Pagination | null {
  const limit = queryParameter(parameters, "limit");
  if (!limit) return null;

  const style = pagingStyle(document, operation, parameters);
  if (!style) return null;

  const maximum = limit.schema["maximum"];
  return {
    style,
    maxLimit: typeof maximum === "number" ? maximum : null,
    count: queryParameter(parameters, "count") !== undefined,
  };
}

function pagingStyle(
  document: OpenApiDocument,
  operation: OperationObject,
  parameters: Parameter[],
): Pagination["style"] | null {
  // `start` answers an `{ items, count }` object; the other styles answer a list.
  if (queryParameter(parameters, "start")) return "start";
  if (!answersArray(document, operation)) return null;
  if (bodyHasProperty(document, operation, "searchAfter")) return "search";
  if (queryParameter(parameters, "offset")) return "offset";

  return null;
}

function bodyHasProperty(document: OpenApiDocument, operation: OperationObject, name: string) {
  const body = resolveRef(document, operation.requestBody) as { content?: object } | undefined;
  const media = Object.values(body?.content ?? {}) as { schema?: unknown }[];

  return media.some((content) => schemaProperties(document, content.schema).has(name));
}

/** Whether the first 2xx answer is a JSON array (`items` without `type: array` counts too). */
function answersArray(document: OpenApiDocument, operation: OperationObject): boolean {
  const responses = operation.responses ?? {};
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
  const response = resolveRef(document, status ? responses[status] : undefined) as
    { content?: Record<string, { schema?: unknown }> } | undefined;
  const schema = resolveRef(document, response?.content?.["application/json"]?.schema) as
    Record<string, unknown> | undefined;

  return schema?.["type"] === "array" || (schema?.["items"] !== undefined && !schema["type"]);
}

/** The property names of a schema, through `$ref`s and `allOf`. */
function schemaProperties(document: OpenApiDocument, raw: unknown, depth = 0): Set<string> {
  const schema = resolveRef(document, raw) as Record<string, unknown> | undefined;
  const names = new Set<string>();
  if (!schema || depth > 8) return names;

  for (const name of Object.keys((schema["properties"] as object | undefined) ?? {}))
    names.add(name);
  for (const part of (schema["allOf"] as unknown[] | undefined) ?? []) {
    for (const name of schemaProperties(document, part, depth + 1)) names.add(name);
  }

  return names;
}
