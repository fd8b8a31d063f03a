import type { OpenApiDocument } from "../openapi-types.js";
import { escapePointerStep, readPointer } from "../refs.js";

/** A value of a bundled document and the JSON pointer where it lives. */
export interface Located {
  value: unknown;
  pointer: string;
}

/**
 * Follows internal `$ref`s from a value, the pointer moving to each target, so the answer's
 * pointer always reads the answer's value from the document. A dangling, external or
 * circular chain answers `undefined` as the value, at the pointer of the last `$ref`.
 */
export function follow(document: OpenApiDocument, start: Located): Located {
  const seen = new Set<string>();
  let current = start;

  while (isRef(current.value)) {
    const ref = current.value.$ref;
    if (!ref.startsWith("#") || seen.has(ref))
      return { value: undefined, pointer: current.pointer };

    seen.add(ref);
    const fragment = ref.slice(1);
    current = { value: readPointer(document, fragment), pointer: decodeURIComponent(fragment) };
  }

  return current;
}

/** The last step of a value's `$ref`, such as `Workflow`, when the value is a reference. */
export function refName(value: unknown): string | undefined {
  return isRef(value) ? value.$ref.split("/").pop() : undefined;
}

/** The value as a plain object, or an empty one when it is anything else. */
export function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** A child of a located object or array: its value (maybe `undefined`) and its pointer. */
export function child(parent: Located, ...steps: (string | number)[]): Located {
  return steps.reduce<Located>(
    (at, step) => ({
      value:
        at.value !== null && typeof at.value === "object"
          ? (at.value as Record<string, unknown>)[step]
          : undefined,
      pointer: `${at.pointer}/${escapePointerStep(String(step))}`,
    }),
    parent,
  );
}

function isRef(value: unknown): value is { $ref: string } {
  return typeof asObject(value)["$ref"] === "string";
}
