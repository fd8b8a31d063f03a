import { PaginationOptionError } from "./errors.js";
import type { PagingMetadata } from "./metadata.js";

/** The page size used when neither the caller nor a smaller `maxLimit` says otherwise. */
export const DEFAULT_PAGE_SIZE = 250;

/** The most pages that may be in flight at once. */
export const MAX_CONCURRENCY = 32;

/** How to page. Every member is optional. */
export interface PaginateOptions {
  /** Items per request; default 250, and never more than the operation's `maxLimit`. */
  pageSize?: number;
  /** The most items to yield, exactly: the last request asks only for what is left. */
  max?: number;
  /**
   * How many pages may be in flight at once (offset and start styles); default 1. Search pages
   * follow one another, so search ignores it.
   */
  concurrency?: number;
  /** Aborts the requests in flight and ends the iteration with the signal's reason. */
  signal?: AbortSignal;
}

/** Options after checking. */
export interface ResolvedOptions {
  readonly pageSize: number;
  /** `Infinity` when there is no cap. */
  readonly max: number;
  readonly concurrency: number;
  readonly signal: AbortSignal | undefined;
}

/** Checks the options against the operation and fills in the defaults. */
export function resolveOptions(options: PaginateOptions, paging: PagingMetadata): ResolvedOptions {
  const maxLimit = paging.maxLimit ?? Number.POSITIVE_INFINITY;
  const pageSize = integer("pageSize", options.pageSize ?? DEFAULT_PAGE_SIZE, 1);
  const max = options.max ?? Number.POSITIVE_INFINITY;

  return {
    pageSize: Math.min(pageSize, maxLimit),
    max: max === Number.POSITIVE_INFINITY ? max : integer("max", max, 0),
    concurrency: integer("concurrency", options.concurrency ?? 1, 1, MAX_CONCURRENCY),
    signal: options.signal,
  };
}

function integer(option: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `${min} to ${max}`;
    throw new PaginationOptionError(
      option,
      `${option} must be an integer, ${range}: not ${String(value)}`,
    );
  }
  return value;
}
