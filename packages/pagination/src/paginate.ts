import { operationMetadata, type operations } from "@sailkit/v3";
import { findOperation, type MetadataMap, type SpecModule } from "./metadata.js";
import { resolveOptions, type PaginateOptions } from "./options.js";
import type { CallerInit, PagingClient } from "./page-request.js";
import { PaginatedCall, type Paginated } from "./paginated.js";
import type { ItemOf, OperationOf, PaginateArgs, PagedTarget, StyleOf, TargetId } from "./types.js";

/** The item type of target `T` of metadata `M`, typed from `Operations`. */
export type TargetItem<Operations, M extends MetadataMap, T extends string> = ItemOf<
  OperationOf<Operations, TargetId<M, T>>,
  StyleOf<M, TargetId<M, T>>
>;

/** `paginate` bound to one spec: its metadata, and its `operations` type for the items. */
export interface Paginator<Operations, M extends MetadataMap> {
  /**
   * Pages an operation: `target` is a paged operation's id or path; `init` holds its path and
   * query parameters (not `limit`, `offset` or `start`, which the paginator sets) and, for
   * search, the body. A target that does not page does not compile.
   */
  readonly paginate: <const T extends PagedTarget<M>>(
    client: PagingClient,
    target: T,
    ...args: PaginateArgs<OperationOf<Operations, TargetId<M, T>>>
  ) => Paginated<TargetItem<Operations, M, T>>;
}

/**
 * Creates a paginator for a generated spec module (as `sailkit generate` writes it, or
 * `@sailkit/v3`): `createPaginator<operations>()(spec)`. The paging style, `maxLimit` and
 * `count` of each operation come from the module's `operationMetadata`, the item types from
 * `operations`. Give the client the same module as its `spec`.
 */
export function createPaginator<Operations = unknown>() {
  return <const M extends MetadataMap>(spec: SpecModule<M>): Paginator<Operations, M> => ({
    paginate: (client, target, ...args) => {
      const operation = findOperation(spec.operationMetadata, target);
      const [init, options] = args as [CallerInit | undefined, PaginateOptions | undefined];
      const resolved = resolveOptions(options ?? {}, operation.pagination);

      return new PaginatedCall({ client, operation, init: init ?? {} }, resolved);
    },
  });
}

const v3 = createPaginator<operations>()({ operationMetadata });

/**
 * Pages an operation of `@sailkit/v3`: `paginate(client, "/workflows")` or
 * `paginate(client, "listWorkflows")`; see {@link Paginator.paginate}. For another spec
 * module, use {@link createPaginator}.
 */
export const paginate: Paginator<operations, typeof operationMetadata>["paginate"] = v3.paginate;
