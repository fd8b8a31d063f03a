import type { Answer, Received } from "./loopback.js";
import { queryNumber } from "./loopback.js";

/** The body some endpoints answer to an offset equal to the total. */
export const OFFSET_INVALID = { detailMessage: "Specified offset is invalid.", errorCode: 400 };

/** Options of {@link offsetList}. */
export interface OffsetListOptions {
  /** Answer 400 to an offset at or past the end, instead of an empty page. */
  readonly rejectPastEnd?: boolean;
  /** Send the total in this header when the request asks with `count=true`. */
  readonly totalHeader?: string;
  /** Delay of each answer in milliseconds, from its offset. */
  readonly delay?: (offset: number) => number;
  /** A status to answer at one offset instead. */
  readonly failAt?: { readonly offset: number; readonly status: number };
}

/** `count` records `{ n: 0 }`, `{ n: 1 }`, ... paged by `limit` and `offset` at any path. */
export function offsetList(count: number, options: OffsetListOptions = {}) {
  return (request: Received): Answer => {
    const limit = queryNumber(request, "limit", 250);
    const offset = queryNumber(request, "offset");
    const delayMs = options.delay?.(offset) ?? 0;

    if (options.failAt?.offset === offset) {
      return { status: options.failAt.status, body: { message: "failed on purpose" }, delayMs };
    }
    if (options.rejectPastEnd && offset >= count && offset > 0) {
      return { status: 400, body: OFFSET_INVALID, delayMs };
    }

    const end = Math.min(count, offset + limit);
    const body = Array.from({ length: Math.max(0, end - offset) }, (_, index) => ({
      n: offset + index,
    }));
    const counted = request.url.searchParams.get("count") === "true" && options.totalHeader;
    return { body, delayMs, ...(counted ? { headers: { [counted]: String(count) } } : {}) };
  };
}

/** The `limit` and `offset` of each request received, as `"limit@offset"`. */
export function pagesAsked(received: readonly Received[]): string[] {
  return received.map(
    (request) => `${queryNumber(request, "limit")}@${queryNumber(request, "offset")}`,
  );
}
