import type { SchemaEvent } from "./schema-events.js";

/** A type event and the words that complete its sentence. */
export interface TypeChange {
  event: Extract<SchemaEvent, `type-${string}`>;
  detail: string;
}

/**
 * Compares the JSON types two schemas allow (`null` allows any). An `integer` is covered by
 * `number`. Answers `null` when the head allows exactly what the base allowed.
 */
export function compareTypes(
  base: Set<string> | null,
  head: Set<string> | null,
): TypeChange | null {
  if (base === null && head === null) return null;
  if (head === null) return { event: "type-widened", detail: "any type" };
  if (base === null) return { event: "type-narrowed", detail: words(head) };

  const lost = [...base].filter((type) => !covers(head, type));
  const gained = [...head].filter((type) => !covers(base, type));
  if (lost.length > 0 && gained.length > 0) {
    return { event: "type-changed", detail: `${words(head)} instead of ${words(base)}` };
  }
  if (lost.length > 0) {
    return { event: "type-narrowed", detail: `${words(head)} (not ${words(lost)})` };
  }
  if (gained.length > 0) return { event: "type-widened", detail: words(gained) };

  return null;
}

function covers(types: Set<string>, type: string): boolean {
  return types.has(type) || (type === "integer" && types.has("number"));
}

function words(types: Iterable<string>): string {
  const list = [...types];
  if (list.length <= 1) return list.join("");

  return `${list.slice(0, -1).join(", ")} or ${list.at(-1)}`;
}
