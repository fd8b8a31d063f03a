import type { Middleware } from "openapi-fetch";
import type { SpecMetadata } from "./options.js";

/**
 * Sends each request body with the media type the spec gives its operation. openapi-fetch
 * labels every JSON body `application/json`; where the operation accepts only another JSON
 * type (JSON Patch's `application/json-patch+json`, say), the label is corrected.
 */
export function mediaTypeMiddleware(spec: SpecMetadata): Middleware {
  const mediaTypes = new Map<string, readonly string[]>();
  for (const operation of Object.values(spec.operationMetadata)) {
    mediaTypes.set(
      `${operation.method.toUpperCase()} ${operation.path}`,
      operation.requestMediaTypes,
    );
  }

  return {
    onRequest({ request, schemaPath }) {
      const accepted = mediaTypes.get(`${request.method} ${schemaPath}`);
      const current = request.headers.get("content-type");
      if (!accepted?.length || current !== "application/json" || accepted.includes(current)) return;

      const preferred = accepted.find((type) => /[/+]json$/.test(type));
      if (preferred) request.headers.set("content-type", preferred);
    },
  };
}
