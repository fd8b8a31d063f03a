import { PaginationOptionError } from "./errors.js";
import { PaginatedCall } from "./paginated.js";

/**
 * Collects at most `cap` items into an array. On a `paginate` result the cap also bounds the
 * requests: the last one asks only for the items still missing, so nothing is fetched beyond
 * the cap. On any other async iterable, iteration stops at the cap. `cap` is required, so no
 * list is gathered into memory without a bound by accident; pass `Infinity` to mean all.
 */
export async function collect<Item>(source: AsyncIterable<Item>, cap: number): Promise<Item[]> {
  if (cap !== Number.POSITIVE_INFINITY && !(Number.isSafeInteger(cap) && cap >= 0)) {
    throw new PaginationOptionError(
      "cap",
      `cap must be an integer, 0 or more, or Infinity: not ${cap}`,
    );
  }

  const items: Item[] = [];
  if (cap === 0) return items;

  const bounded =
    source instanceof PaginatedCall ? (source as PaginatedCall<Item>).capped(cap) : source;
  for await (const item of bounded) {
    items.push(item);
    if (items.length >= cap) break;
  }
  return items;
}
