import { HTTP_METHODS, type OpenApiDocument, type OperationObject } from "../openapi-types.js";
import { escapePointerStep } from "../refs.js";
import { asObject, child, follow, type Located } from "./located.js";

/** One operation of a document, as the diff matches and compares it. */
export interface IndexedOperation {
  /** `GET /workflows/{id}`: the method and the path as written. */
  key: string;
  /** `GET /workflows/{}`: the method and the path with its parameter names left out. */
  shape: string;
  method: string;
  path: string;
  operationId: string | null;
  /** `/paths/~1workflows~1{id}/get`. */
  pointer: string;
  operation: OperationObject;
  /** The path item's parameters, then the operation's own (which win on the same name). */
  parameters: Located[];
}

/** Every operation of a document by method and path, in document order. */
export function indexOperations(document: OpenApiDocument): Map<string, IndexedOperation> {
  const index = new Map<string, IndexedOperation>();

  for (const [path, rawItem] of Object.entries(document.paths)) {
    // A path item may itself be a `$ref`; pointers then lead to where it really lives.
    const at = follow(document, { value: rawItem, pointer: `/paths/${escapePointerStep(path)}` });
    const item = asObject(at.value);

    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation || typeof operation !== "object") continue;

      const verb = method.toUpperCase();
      index.set(`${verb} ${path}`, {
        key: `${verb} ${path}`,
        shape: `${verb} ${path.replace(/\{[^}]*\}/g, "{}")}`,
        method: verb,
        path,
        operationId: typeof operation.operationId === "string" ? operation.operationId : null,
        pointer: `${at.pointer}/${method}`,
        operation,
        parameters: [...listAt(at, "parameters"), ...listAt(at, method, "parameters")],
      });
    }
  }

  return index;
}

function listAt(parent: Located, ...steps: string[]): Located[] {
  const list = child(parent, ...steps);
  if (!Array.isArray(list.value)) return [];

  return list.value.map((_, index) => child(list, index));
}

/** The operation object of an indexed operation, located in its document. */
export function operationAt(operation: IndexedOperation): Located {
  return { value: operation.operation, pointer: operation.pointer };
}
