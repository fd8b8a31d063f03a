import openapiTS, { astToString } from "openapi-typescript";
import type { OpenApiDocument } from "./openapi-types.js";
import { SpecError } from "./spec-error.js";

/**
 * Turns a bundled document into the `paths`, `components` and `operations` types with
 * openapi-typescript. The document is cloned first: openapi-typescript annotates what it reads.
 */
export async function emitTypes(file: string, document: OpenApiDocument): Promise<string> {
  try {
    const ast = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], {
      silent: true,
      // A default on a property says what the service assumes when it is left out; it does not
      // make the property required in request bodies.
      defaultNonNullable: false,
      // A free-form `type: object` holds whatever the service sends, not nothing at all.
      emptyObjectsUnknown: true,
    });
    return astToString(ast);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new SpecError(`openapi-typescript could not read ${file}.`, [{ file, message }]);
  }
}
