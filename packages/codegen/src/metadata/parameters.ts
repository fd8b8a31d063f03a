import type { OpenApiDocument, OperationObject, PathItem } from "../openapi-types.js";
import { resolveRef } from "../refs.js";

/** A parameter with its `$ref`s followed, as far as the metadata needs it. */
export interface Parameter {
  name: string;
  in: string;
  description: string;
  schema: Record<string, unknown>;
  required: boolean;
}

/**
 * The parameters that apply to an operation: the path item's, overridden by the operation's
 * own where both name the same parameter (OpenAPI's rule).
 */
export function operationParameters(
  document: OpenApiDocument,
  item: PathItem,
  operation: OperationObject,
): Parameter[] {
  const byKey = new Map<string, Parameter>();

  for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = readParameter(document, raw);
    if (parameter) byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }

  return [...byKey.values()];
}

/** The query parameter of that name, if the operation has one. */
export function queryParameter(parameters: Parameter[], name: string): Parameter | undefined {
  return parameters.find((parameter) => parameter.in === "query" && parameter.name === name);
}

function readParameter(document: OpenApiDocument, raw: unknown): Parameter | undefined {
  const value = resolveRef(document, raw) as Record<string, unknown> | undefined;
  if (!value || typeof value["name"] !== "string" || typeof value["in"] !== "string") return;

  const schema = resolveRef(document, value["schema"]);
  return {
    name: value["name"],
    in: value["in"],
    description: typeof value["description"] === "string" ? value["description"] : "",
    schema: schema && typeof schema === "object" ? (schema as Record<string, unknown>) : {},
    required: value["required"] === true,
  };
}
