import type { OpenApiDocument } from "../openapi-types.js";
import { asObject, child, follow, type Located } from "./located.js";
import type { IndexedOperation } from "./operation-index.js";

/** One parameter of an operation, `$ref`s followed. */
export interface ParameterEntry {
  name: string;
  in: string;
  /** The parameter object, behind its `$ref`. */
  at: Located;
  required: boolean;
  deprecated: boolean;
  description: string | null;
  schema: Located;
}

/**
 * The parameters that apply to an operation (the path item's, then the operation's own,
 * which win), keyed by place and name; path parameters by their position in the path.
 */
export function readParameters(
  document: OpenApiDocument,
  operation: IndexedOperation,
): Map<string, ParameterEntry> {
  const entries = new Map<string, ParameterEntry>();
  const template = [...operation.path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);

  for (const raw of operation.parameters) {
    const at = follow(document, raw);
    const parameter = asObject(at.value);
    const name = parameter["name"];
    const place = parameter["in"];
    if (typeof name !== "string" || typeof place !== "string") continue;

    const position = template.indexOf(name);
    const key =
      place === "path" && position >= 0
        ? `path#${position}`
        : `${place}:${place === "header" ? name.toLowerCase() : name}`;
    entries.set(key, {
      name,
      in: place,
      at,
      required: parameter["required"] === true,
      deprecated: parameter["deprecated"] === true,
      description: typeof parameter["description"] === "string" ? parameter["description"] : null,
      schema: parameterSchema(at, parameter),
    });
  }

  return entries;
}

/** The schema of a parameter: its `schema`, or the schema of its single `content` entry. */
function parameterSchema(at: Located, parameter: Record<string, unknown>): Located {
  if (parameter["schema"] !== undefined) return child(at, "schema");

  const mediaType = Object.keys(asObject(parameter["content"]))[0];
  return mediaType ? child(at, "content", mediaType, "schema") : child(at, "schema");
}
