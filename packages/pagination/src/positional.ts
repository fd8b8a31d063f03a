import { PageRequestError, type PagePosition } from "./errors.js";
import type { ResolvedOptions } from "./options.js";
import type { Page } from "./page.js";
import { requestPage, type PageSource } from "./page-request.js";

/** How one positional style (offset or start) asks for a page and finds its items. */
export interface PositionalStyle {
  /** The query parameter that carries the position. */
  readonly parameter: "offset" | "start";
  /** The items of an answer; throws `PageShapeError` for any other shape. */
  readonly items: (data: unknown, operationId: string, position: PagePosition) => unknown[];
  /** Whether to ask for `count=true` with the first page. */
  readonly askCount: boolean;
}

type Outcome = { ok: true; items: unknown[]; total?: number } | { ok: false; error: unknown };

interface Pending {
  readonly offset: number;
  readonly limit: number;
  readonly outcome: Promise<Outcome>;
}

/**
 * Pages by position. The first page goes alone, since it may bring the total; after it, up
 * to `concurrency` pages are in flight, and pages come out in order. A page shorter than
 * asked ends the list, and so does a 400 after a full page where the total is unknown or
 * reached (some endpoints answer 400 to an offset equal to the total). Never asks past
 * `max` or a known total, and the last request asks only for what `max` leaves.
 */
export async function* positionalPages(
  source: PageSource,
  style: PositionalStyle,
  options: ResolvedOptions,
  signal: AbortSignal,
): AsyncGenerator<Page<unknown>, void, undefined> {
  const pending: Pending[] = [];
  let next = 0;
  let total: number | undefined;
  let window = 1;

  const fill = () => {
    while (pending.length < window && next < Math.min(options.max, total ?? Infinity)) {
      const limit = Math.min(options.pageSize, options.max - next);
      const outcome = fetchItems(source, style, next, limit, signal);
      pending.push({ offset: next, limit, outcome });
      next += limit;
    }
  };

  fill();
  for (let head = pending.shift(); head; head = pending.shift()) {
    const outcome = await head.outcome;
    if (!outcome.ok) {
      if (endsList(outcome.error, head.offset, total)) return;
      throw outcome.error;
    }

    total ??= outcome.total;
    const items = outcome.items.slice(0, head.limit);
    const full = items.length === head.limit;
    window = options.concurrency;
    if (full) fill();

    signal.throwIfAborted();
    if (items.length > 0) yield { items, offset: head.offset, total };
    if (!full) return;
  }
}

/** Requests one page and settles: a failure is a value, so a discarded page never rejects. */
async function fetchItems(
  source: PageSource,
  style: PositionalStyle,
  offset: number,
  limit: number,
  signal: AbortSignal,
): Promise<Outcome> {
  const position = { offset };
  const query = { limit, [style.parameter]: offset, ...countQuery(style, offset) };

  try {
    const answer = await requestPage(source, query, undefined, position, signal);
    const items = style.items(answer.data, source.operation.operationId, position);
    return { ok: true, items, ...(answer.total === undefined ? {} : { total: answer.total }) };
  } catch (error) {
    return { ok: false, error };
  }
}

function countQuery(style: PositionalStyle, offset: number) {
  return style.askCount && offset === 0 ? { count: true } : {};
}

function endsList(error: unknown, offset: number, total: number | undefined): boolean {
  if (statusOf(error) !== 400 || offset === 0) return false;
  return total === undefined || offset >= total;
}

/** The HTTP status of a failed page: ours, or that of a client's own error (`status`). */
function statusOf(error: unknown): number | undefined {
  if (error instanceof PageRequestError) return error.status;
  const status = (error as { status?: unknown } | null | undefined)?.status;
  return error instanceof Error && typeof status === "number" ? status : undefined;
}
