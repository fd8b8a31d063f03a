import type { SearchCursor } from "./errors.js";

/** One page of a paginated result, as `.pages()` yields it. */
export interface Page<Item> {
  /** The page's items, in the service's order. */
  readonly items: readonly Item[];
  /** How many items came before this page: the `offset` or `start` it was requested at. */
  readonly offset: number;
  /** The number of items of the whole list, when the service said (`X-Total-Count`). */
  readonly total: number | undefined;
  /** Search only: the `searchAfter` this page was requested with; null for the first page. */
  readonly cursor?: SearchCursor | null;
  /** Search only: the `searchAfter` of the page after this one; null after the last page. */
  readonly next?: SearchCursor | null;
}
