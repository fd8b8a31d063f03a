/*
 * The compile-time side of `paginate`: which targets page, what a call's init may hold, and
 * what type the items have. All of it is read from the metadata and the `operations` type
 * generated with it.
 */
import type { MetadataMap } from "./metadata.js";
import type { PaginateOptions } from "./options.js";

/** The operation ids of `M` whose metadata says they page. */
export type PagedOperationId<M extends MetadataMap> = {
  [K in keyof M & string]: M[K]["pagination"] extends null ? never : K;
}[keyof M & string];

/** The paths of the operations of `M` that page. */
export type PagedPath<M extends MetadataMap> = M[PagedOperationId<M>]["path"];

/** What `paginate` takes as its target: a paged operation's id or its path. */
export type PagedTarget<M extends MetadataMap> = PagedOperationId<M> | PagedPath<M>;

/** The operation id a target names. */
export type TargetId<M extends MetadataMap, T extends string> =
  T extends PagedOperationId<M>
    ? T
    : { [K in PagedOperationId<M>]: T extends M[K]["path"] ? K : never }[PagedOperationId<M>];

/** The openapi-typescript type of operation `Id` in an `operations` type, or unknown. */
export type OperationOf<Operations, Id> = Id extends keyof Operations ? Operations[Id] : unknown;

/** The paging style of operation `Id`. */
export type StyleOf<M extends MetadataMap, Id> = Id extends keyof M
  ? NonNullable<M[Id]["pagination"]>["style"]
  : never;

type JsonAnswer<Op> = Op extends {
  responses: { 200: { content: { "application/json": infer B } } };
}
  ? B
  : unknown;

/** The type of one item: an element of the answer, or of its `items` for the start style. */
export type ItemOf<Op, Style> = Style extends "start"
  ? JsonAnswer<Op> extends { items?: readonly (infer Item)[] }
    ? Item
    : unknown
  : JsonAnswer<Op> extends readonly (infer Item)[]
    ? Item
    : unknown;

/** The query parameters the paginator sets itself, so a caller cannot. */
export type PagingParameter = "limit" | "offset" | "start";

type ParametersOf<Op> = Op extends { parameters: infer P } ? P : Record<never, never>;
type QueryOf<Op> = ParametersOf<Op> extends { query?: infer Q } ? Exclude<Q, undefined> : never;
type PathOf<Op> = ParametersOf<Op> extends { path: infer P } ? P : never;
type PageQuery<Op> = [QueryOf<Op>] extends [never] ? never : Omit<QueryOf<Op>, PagingParameter>;

type ParamsInit<Op> = [PathOf<Op>] extends [never]
  ? { params?: { query?: PageQuery<Op> } }
  : { params: { path: PathOf<Op>; query?: PageQuery<Op> } };

type BodyInit<Op> = Op extends { requestBody?: never }
  ? { body?: never }
  : Op extends { requestBody: { content: { "application/json": infer B } } }
    ? { body: B }
    : Op extends { requestBody?: { content: { "application/json": infer B } } }
      ? { body?: B }
      : { body?: never };

/**
 * What a paginated call takes besides its options: path and query parameters (without the
 * paging ones), the body (search), and extra headers. Required exactly when the operation
 * requires path parameters or a body.
 */
export type PageInit<Op> = ParamsInit<Op> & BodyInit<Op> & { headers?: Record<string, string> };

type RequiredKeys<T> = {
  [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K;
}[keyof T];

/** The rest arguments of `paginate`: the init (optional when nothing in it is required). */
export type PaginateArgs<Op> = [RequiredKeys<PageInit<Op>>] extends [never]
  ? [init?: PageInit<Op>, options?: PaginateOptions]
  : [init: PageInit<Op>, options?: PaginateOptions];
