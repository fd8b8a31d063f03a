import { CursorError, PageShapeError, type SearchCursor } from "./errors.js";
import type { ResolvedOptions } from "./options.js";
import type { Page } from "./page.js";
import { requestPage, type PageSource } from "./page-request.js";
import { cursorAfter, effectiveSort, startCursor } from "./search-sort.js";

/**
 * Pages a search with `sort` and `searchAfter`: each request carries the sort values of the
 * previous page's last hit, so paging goes on past the 10,000 hits `offset` can reach, and the
 * sort ends in `id` (see {@link effectiveSort}) so no hit is skipped or repeated. A page
 * shorter than asked ends the search. Pages follow one another: `concurrency` does not apply.
 */
export async function* searchPages(
  source: PageSource,
  options: ResolvedOptions,
  signal: AbortSignal,
): AsyncGenerator<Page<unknown>, void, undefined> {
  const { searchAfter, ...body } = searchBody(source.init.body);
  const sort = effectiveSort(body["sort"]);
  let cursor: SearchCursor | null = startCursor(searchAfter, sort);
  let offset = 0;
  let total: number | undefined;

  while (offset < options.max) {
    const limit = Math.min(options.pageSize, options.max - offset);
    const position = { offset, cursor };
    const sent = { ...body, sort, ...(cursor ? { searchAfter: cursor } : {}) };

    signal.throwIfAborted();
    const answer = await requestPage(source, { limit }, sent, position, signal);
    const id = source.operation.operationId;
    if (!Array.isArray(answer.data)) throw new PageShapeError(id, "a JSON array", position);

    const items = (answer.data as unknown[]).slice(0, limit);
    const full = items.length === limit;
    const [next, failure] = full ? nextCursor(items.at(-1), sort) : [null, undefined];
    total ??= answer.total;

    if (items.length > 0) yield { items, offset, total, cursor, next };
    offset += items.length;
    if (!full || offset >= options.max) return;

    if (failure !== undefined) throw failure;
    if (sameCursor(next, cursor)) throw new PageShapeError(id, "hits after searchAfter", position);
    cursor = next;
  }
}

/** The cursor after the last hit, or the reason there is none (thrown only if it is needed). */
function nextCursor(
  hit: unknown,
  sort: readonly string[],
): [SearchCursor | null, CursorError | undefined] {
  try {
    return [cursorAfter(hit, sort), undefined];
  } catch (error) {
    if (error instanceof CursorError) return [null, error];
    throw error;
  }
}

/** Whether a page ended where the one before it did: the service ignored `searchAfter`. */
function sameCursor(next: SearchCursor | null, cursor: SearchCursor | null): boolean {
  return next !== null && cursor !== null && next.every((value, index) => value === cursor[index]);
}

function searchBody(body: unknown): Record<string, unknown> {
  return typeof body === "object" && body !== null ? { ...(body as Record<string, unknown>) } : {};
}
