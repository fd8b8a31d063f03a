import type { PagingMetadata } from "./metadata.js";
import type { ResolvedOptions } from "./options.js";
import type { Page } from "./page.js";
import type { PageSource } from "./page-request.js";
import { pagesOf } from "./styles.js";

/**
 * The result of `paginate`: an async iterable of items, and of pages through `.pages()`.
 * Nothing is requested until iteration starts; each iteration pages afresh. Only the pages in
 * flight are held, so memory stays flat however many items pass through. Leaving a loop early
 * aborts the requests still in flight.
 */
export interface Paginated<Item> extends AsyncIterable<Item> {
  /** The pages, each with its items, offset, total when known and (search) cursors. */
  pages(): AsyncIterable<Page<Item>>;
  /** The operation being paged. */
  readonly operationId: string;
  /** Its paging style, from the metadata. */
  readonly style: PagingMetadata["style"];
}

/** The one implementation of {@link Paginated}. */
export class PaginatedCall<Item> implements Paginated<Item> {
  constructor(
    private readonly source: PageSource,
    private readonly options: ResolvedOptions,
  ) {}

  get operationId(): string {
    return this.source.operation.operationId;
  }

  get style(): PagingMetadata["style"] {
    return this.source.operation.pagination.style;
  }

  async *pages(): AsyncGenerator<Page<Item>, void, undefined> {
    const outer = this.options.signal;
    outer?.throwIfAborted();

    const controller = new AbortController();
    const forward = () => controller.abort(outer?.reason);
    outer?.addEventListener("abort", forward, { once: true });

    try {
      yield* pagesOf(this.source, this.options, controller.signal) as AsyncGenerator<Page<Item>>;
    } finally {
      outer?.removeEventListener("abort", forward);
      controller.abort();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    const signal = this.options.signal;

    for await (const page of this.pages()) {
      for (const item of page.items) {
        // An abort ends the iteration at once, not at the end of the page in hand.
        signal?.throwIfAborted();
        yield item;
      }
    }
  }

  /** The same call, yielding at most `cap` items (for `collect`). */
  capped(cap: number): PaginatedCall<Item> {
    return new PaginatedCall(this.source, {
      ...this.options,
      max: Math.min(this.options.max, cap),
    });
  }
}
