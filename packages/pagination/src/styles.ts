import type { ResolvedOptions } from "./options.js";
import type { Page } from "./page.js";
import type { PageSource } from "./page-request.js";
import { arrayItems, objectItems } from "./answers.js";
import { positionalPages } from "./positional.js";
import { searchPages } from "./search.js";

/**
 * The pages of one call, in the style the operation's metadata gives it (never the caller):
 * `offset` and `start` page by position, `search` by cursor. `count=true` is asked for only
 * where the operation accepts it and only when pages are to be fetched ahead.
 */
export function pagesOf(
  source: PageSource,
  options: ResolvedOptions,
  signal: AbortSignal,
): AsyncGenerator<Page<unknown>, void, undefined> {
  const { style, count } = source.operation.pagination;
  if (style === "search") return searchPages(source, options, signal);

  const askCount = count && options.concurrency > 1;
  return style === "start"
    ? positionalPages(source, { parameter: "start", items: objectItems, askCount }, options, signal)
    : positionalPages(
        source,
        { parameter: "offset", items: arrayItems, askCount },
        options,
        signal,
      );
}
