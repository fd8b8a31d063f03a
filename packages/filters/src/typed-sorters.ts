import type { MetadataTable, SortableOperation, SortersOf } from "./metadata.js";
import { sortersMetadata } from "./metadata.js";
import { parseSorters } from "./sorters.js";

declare const unchecked: unique symbol;

/** A sort key the spec does not document, made visible by `unchecked`. */
export type UncheckedSortKey = string & { readonly [unchecked]: true };

/** A documented sort field of an operation, ascending (`name`) or descending (`-name`). */
export type SortKey<M, Id extends SortableOperation<M>> =
  SortersOf<M, Id>["fields"][number] | `-${SortersOf<M, Id>["fields"][number]}`;

/**
 * The sorters of one operation: `by("-modified", "name")` answers the `sorters` text and takes
 * only documented fields; `unchecked("-created")` lets a field the spec forgot through, visibly.
 */
export interface OperationSorters<M, Id extends SortableOperation<M>> {
  readonly operationId: Id;
  readonly param: "sorters";
  by(
    first: SortKey<M, Id> | UncheckedSortKey,
    ...rest: (SortKey<M, Id> | UncheckedSortKey)[]
  ): string;
  unchecked(key: string): UncheckedSortKey;
}

/** The sorters of one operation, typed by its metadata. */
export function sortersFor<const M extends MetadataTable, Id extends SortableOperation<M>>(
  metadata: M,
  operationId: Id,
): OperationSorters<M, Id> {
  sortersMetadata(metadata, operationId);

  const check = (key: string): string => {
    if (parseSorters(key).length === 1) return key;
    throw new TypeError(`${JSON.stringify(key)} is not one sort key`);
  };

  return {
    operationId,
    param: "sorters",
    by: (...keys: string[]) => keys.map(check).join(","),
    unchecked: (key: string) => check(key) as UncheckedSortKey,
  };
}
