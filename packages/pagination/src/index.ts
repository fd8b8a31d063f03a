/**
 * @sailkit/pagination: pages every paged operation of a SailPoint ISC spec as an async
 * iterable, in the style its metadata gives it (offset, start or search), with exact caps,
 * pages fetched ahead in parallel, and searches that go past 10,000 hits.
 */
export { createPaginator, paginate, type Paginator, type TargetItem } from "./paginate.js";
export type { Paginated } from "./paginated.js";
export type { Page } from "./page.js";
export { collect } from "./collect.js";
export { DEFAULT_PAGE_SIZE, MAX_CONCURRENCY, type PaginateOptions } from "./options.js";
export type { PagingClient } from "./page-request.js";
export type { MetadataMap, OperationEntry, PagingMetadata, SpecModule } from "./metadata.js";
export type {
  ItemOf,
  OperationOf,
  PageInit,
  PaginateArgs,
  PagedOperationId,
  PagedPath,
  PagedTarget,
  PagingParameter,
  TargetId,
} from "./types.js";
export {
  CursorError,
  PageRequestError,
  PageShapeError,
  PaginationError,
  PaginationOptionError,
  type PagePosition,
  type SearchCursor,
} from "./errors.js";
export { UNIQUE_FIELD } from "./search-sort.js";
