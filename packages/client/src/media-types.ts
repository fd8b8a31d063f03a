import type { Outgoing } from "./draft-request.js";
import type { OperationTable } from "./options.js";

/**
 * The media type to label each request body with, where the spec's operation does not take
 * `application/json`: openapi-fetch labels every JSON body so, and an operation that accepts
 * only another JSON type (JSON Patch's `application/json-patch+json`, say) gets that instead.
 * Keyed by `METHOD /schema/path`; operations that take `application/json` are left out.
 */
export function bodyMediaTypes(operations: OperationTable): ReadonlyMap<string, string> {
  const mediaTypes = new Map<string, string>();

  for (const operation of Object.values(operations)) {
    const accepted = operation.requestMediaTypes;
    if (!accepted.length || accepted.includes("application/json")) continue;

    const preferred = accepted.find((type) => /[/+]json$/.test(type));
    if (preferred) mediaTypes.set(`${operation.method.toUpperCase()} ${operation.path}`, preferred);
  }
  return mediaTypes;
}

/** Relabels a JSON body with the operation's own JSON media type, when it has one. */
export function labelBody(request: Outgoing, mediaType: string | undefined): void {
  if (mediaType && request.headers.get("content-type") === "application/json") {
    request.headers.set("content-type", mediaType);
  }
}
