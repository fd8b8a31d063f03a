import { PageShapeError, type PagePosition } from "./errors.js";

/** The items of an offset answer: a JSON array (no body past the end counts as empty). */
export function arrayItems(data: unknown, operationId: string, position: PagePosition) {
  if (data === undefined) return [];
  if (!Array.isArray(data)) throw new PageShapeError(operationId, "a JSON array", position);
  return data as unknown[];
}

/** The items of a start answer: the `items` of an `{ items, count }` object. */
export function objectItems(data: unknown, operationId: string, position: PagePosition) {
  const items = (data as { items?: unknown } | null | undefined)?.items;
  if (data === undefined) return [];
  if (!Array.isArray(items)) throw new PageShapeError(operationId, "an { items } object", position);
  return items as unknown[];
}
