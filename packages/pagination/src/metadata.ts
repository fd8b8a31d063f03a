import { PaginationOptionError } from "./errors.js";

/** How an operation pages, as `sailkit generate` writes it into `operationMetadata`. */
export interface PagingMetadata {
  readonly style: "offset" | "start" | "search";
  /** The largest `limit` the spec allows, or null where it states none. */
  readonly maxLimit: number | null;
  /** Whether the operation accepts `count=true`. */
  readonly count: boolean;
}

/** The members of one `operationMetadata` entry the paginator reads. */
export interface OperationEntry {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly pagination: PagingMetadata | null;
}

/** An `operationMetadata` object: entries by operation id. */
export type MetadataMap = { readonly [operationId: string]: OperationEntry };

/** A generated spec module, or anything with its `operationMetadata`. */
export interface SpecModule<M extends MetadataMap = MetadataMap> {
  readonly operationMetadata: M;
}

/** An operation that pages. */
export type PagedOperation = OperationEntry & { readonly pagination: PagingMetadata };

/**
 * The paged operation a target names: an operation id, or the path of a paged operation.
 * Throws {@link PaginationOptionError} for an unknown target or one that does not page (the
 * types reject those already; this guards untyped callers).
 */
export function findOperation(metadata: MetadataMap, target: string): PagedOperation {
  const entries = Object.values(metadata);
  const named = target.startsWith("/")
    ? entries.filter((entry) => entry.path === target)
    : entries.filter((entry) => entry.operationId === target);
  const paged = named.filter((entry): entry is PagedOperation => entry.pagination !== null);

  if (paged.length === 1 && paged[0]) return paged[0];

  const problem =
    named.length === 0
      ? "is not an operation of the spec"
      : paged.length === 0
        ? "does not page"
        : "names more than one paged operation: give its operation id";
  throw new PaginationOptionError("target", `${JSON.stringify(target)} ${problem}`);
}
