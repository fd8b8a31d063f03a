import type { OpenApiDocument } from "./openapi-types.js";

/**
 * Follows internal `$ref`s (`#/components/...`) until it reaches a value that is not a
 * reference. A bundled document holds no other kind. Answers `undefined` for a dangling or
 * circular chain; the bundler has already reported those.
 */
export function resolveRef(document: OpenApiDocument, value: unknown): unknown {
  const seen = new Set<string>();
  let current = value;

  while (isRef(current)) {
    if (seen.has(current.$ref) || !current.$ref.startsWith("#/")) return undefined;
    seen.add(current.$ref);
    current = readPointer(document, current.$ref.slice(1));
  }

  return current;
}

/** Reads the value at a JSON pointer (RFC 6901) such as `/components/schemas/Workflow`. */
export function readPointer(root: unknown, pointer: string): unknown {
  const steps = pointer.split("/").slice(1).map(unescapePointerStep);

  return steps.reduce<unknown>((node, step) => {
    if (node === null || typeof node !== "object") return undefined;
    return (node as Record<string, unknown>)[step];
  }, root);
}

/** Escapes one step of a JSON pointer: `~` as `~0`, `/` as `~1`. */
export function escapePointerStep(step: string): string {
  return step.replaceAll("~", "~0").replaceAll("/", "~1");
}

function unescapePointerStep(step: string): string {
  return decodeURIComponent(step).replaceAll("~1", "/").replaceAll("~0", "~");
}

function isRef(value: unknown): value is { $ref: string } {
  return (
    value !== null &&
    typeof value === "object" &&
    typeof (value as { $ref?: unknown }).$ref === "string"
  );
}
