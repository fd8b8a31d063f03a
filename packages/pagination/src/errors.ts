/** Where in a paged result a request was made: the offset, and for search the cursor. */
export interface PagePosition {
  /** How many items come before the page (the `offset` or `start` sent, for those styles). */
  readonly offset: number;
  /** Search only: the `searchAfter` the page was requested with, null for the first page. */
  readonly cursor?: SearchCursor | null;
}

/** The `searchAfter` values that start a search page: one per sort field, null where missing. */
export type SearchCursor = readonly (string | null)[];

/** The base of every error this package throws, so one `instanceof` catches them all. */
export class PaginationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * A page request the service answered with an error status (other than the 400 that ends an
 * offset list cleanly). `status`, `body` and `position` say which page failed and why.
 */
export class PageRequestError extends PaginationError {
  constructor(
    readonly operationId: string,
    readonly status: number,
    readonly body: unknown,
    readonly position: PagePosition,
  ) {
    super(
      `${operationId} answered ${status} for the page at offset ${position.offset}${detail(body)}`,
    );
  }
}

/** An answer that is not the shape the operation's paging style promises. */
export class PageShapeError extends PaginationError {
  constructor(
    readonly operationId: string,
    readonly expected: string,
    readonly position: PagePosition,
  ) {
    super(`${operationId} answered something other than ${expected} at offset ${position.offset}`);
  }
}

/** An option out of range, or a target that is not a paged operation; `option` names it. */
export class PaginationOptionError extends PaginationError {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A search hit whose sort value cannot go into `searchAfter` (an object or a list): the next
 * page cannot be asked for. `field` is the sort field, `hit` the hit's `id` if it has one.
 */
export class CursorError extends PaginationError {
  constructor(
    readonly field: string,
    readonly hit: string | undefined,
  ) {
    super(`sort field '${field}' of hit ${hit ?? "(no id)"} holds an object or a list`);
  }
}

/** The first human-readable message of an error body, in its common ISC shapes. */
function detail(body: unknown): string {
  if (typeof body === "string") return body.trim() ? `: ${body.trim().slice(0, 200)}` : "";
  if (typeof body !== "object" || body === null) return "";

  const record = body as Record<string, unknown>;
  const messages = Array.isArray(record["messages"]) ? (record["messages"] as unknown[]) : [];
  const first = messages[0] as Record<string, unknown> | undefined;
  const text = first?.["text"] ?? record["detailMessage"] ?? record["message"] ?? record["error"];
  return typeof text === "string" ? `: ${text.trim()}` : "";
}
