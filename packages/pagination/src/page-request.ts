import { PageRequestError, PaginationOptionError, type PagePosition } from "./errors.js";
import type { PagedOperation } from "./metadata.js";
import type { PagingParameter } from "./types.js";

type Call = (...args: never[]) => Promise<unknown>;

/**
 * A client `paginate` takes: one with openapi-fetch's `GET` and `POST` calls by path, such as
 * `createClient()` of `@sailkit/client` or openapi-fetch's own client. Error answers may come
 * back as results (`{ error, response }`) or be thrown (a client that throws on error).
 */
export interface PagingClient {
  readonly GET: Call;
  readonly POST: Call;
}

/** A call by path as the paginator makes it. */
type PathCall = (
  path: string,
  init: object,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The caller's init as the paginator reads it at run time; it is never changed. */
export interface CallerInit {
  readonly params?: {
    readonly path?: object;
    readonly query?: Readonly<Record<string, unknown>>;
  };
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One paginated call: the client, the operation and the caller's init. */
export interface PageSource {
  readonly client: PagingClient;
  readonly operation: PagedOperation;
  readonly init: CallerInit;
}

/** A successful page answer: the parsed body, and the total if the service sent one. */
export interface PageAnswer {
  readonly data: unknown;
  readonly total: number | undefined;
}

/**
 * Requests one page: the caller's parameters with the paging ones (`query`) laid over them,
 * and `body` in place of the caller's when given. Builds new objects every time, so the
 * caller's arguments are never changed. Throws {@link PageRequestError} for an error answered
 * as a result; a client that throws on error throws its own error, which passes through.
 */
export async function requestPage(
  source: PageSource,
  query: Readonly<Record<string, unknown>>,
  body: unknown,
  position: PagePosition,
  signal: AbortSignal,
): Promise<PageAnswer> {
  const { client, operation, init } = source;
  const params = { ...init.params, query: { ...withoutPaging(init.params?.query), ...query } };
  const sent = body ?? init.body;

  const method = operation.method.toUpperCase();
  const call = (client as unknown as Record<string, PathCall | undefined>)[method];
  if (!call) throw new PaginationOptionError("client", `the client has no ${method} method`);

  const { data, error, response } = await call.call(client, operation.path, {
    params,
    ...(sent === undefined ? {} : { body: sent }),
    ...(init.headers ? { headers: { ...init.headers } } : {}),
    signal,
  });

  if (!response.ok) {
    throw new PageRequestError(operation.operationId, response.status, error, position);
  }
  return { data, total: readTotal(response.headers) };
}

/** The caller's query without the parameters the paginator owns (for untyped callers). */
function withoutPaging(query: Readonly<Record<string, unknown>> | undefined) {
  return Object.fromEntries(Object.entries(query ?? {}).filter(([name]) => !PAGING.has(name)));
}

const PAGING: ReadonlySet<string> = new Set([
  "limit",
  "offset",
  "start",
] satisfies PagingParameter[]);

/**
 * The `X-Total-Count` header as a count, or undefined when it is absent or not a whole
 * number. `Headers` looks names up without regard to case, as HTTP/2's lower-case names need.
 */
export function readTotal(headers: Headers): number | undefined {
  const text = headers.get("x-total-count")?.trim();
  if (text === undefined || !/^\d+$/.test(text)) return undefined;

  const total = Number(text);
  return Number.isSafeInteger(total) ? total : undefined;
}
