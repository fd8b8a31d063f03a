import { CursorError, PaginationOptionError, type SearchCursor } from "./errors.js";

/** The field no two search hits share, which makes a sort a total order. */
export const UNIQUE_FIELD = "id";

/**
 * The sort a search pages with: the caller's, with `id` appended unless a field of it is
 * already `id` (with or without its `+` or `-`), so that hits sharing the other sort values
 * still have an order and `searchAfter` neither skips nor repeats them. No sort at all means
 * relevance, which `searchAfter` cannot follow, so it becomes `["id"]`.
 */
export function effectiveSort(sort: unknown): string[] {
  if (sort === undefined) return [UNIQUE_FIELD];
  if (!Array.isArray(sort) || !sort.every((field) => typeof field === "string" && field)) {
    throw new PaginationOptionError("body.sort", "body.sort must be a list of field names");
  }

  const fields = sort as string[];
  return fields.some((field) => fieldName(field) === UNIQUE_FIELD)
    ? [...fields]
    : [...fields, UNIQUE_FIELD];
}

/** A sort entry without its direction: `-manager.name` → `manager.name`. */
export function fieldName(entry: string): string {
  return entry.replace(/^[+-]/, "");
}

/**
 * The `searchAfter` that follows a hit: its value of each sort field (dotted paths read own
 * members), as strings, since the spec types `searchAfter` as strings; null where the hit has
 * no value. Throws {@link CursorError} for a value that is an object or a list.
 */
export function cursorAfter(hit: unknown, sort: readonly string[]): SearchCursor {
  return sort.map((entry) => {
    const field = fieldName(entry);
    const value = readPath(hit, field.split("."));

    if (value === undefined || value === null) return null;
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    throw new CursorError(field, idOf(hit));
  });
}

/** The caller's own `searchAfter`, checked against the sort it will be sent with. */
export function startCursor(searchAfter: unknown, sort: readonly string[]): SearchCursor | null {
  if (searchAfter === undefined || searchAfter === null) return null;
  if (Array.isArray(searchAfter) && searchAfter.length === 0) return null;

  const values = Array.isArray(searchAfter) ? (searchAfter as unknown[]) : [];
  const scalar = values.every((value) => value === null || typeof value !== "object");
  if (!Array.isArray(searchAfter) || values.length !== sort.length || !scalar) {
    throw new PaginationOptionError(
      "body.searchAfter",
      `body.searchAfter must hold one value per sort field of [${sort.join(", ")}]`,
    );
  }
  return values.map((value) => (value === null ? null : String(value as string)));
}

function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const name of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, name)) return;
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}

function idOf(hit: unknown): string | undefined {
  const id = readPath(hit, [UNIQUE_FIELD]);
  return typeof id === "string" ? id : undefined;
}
