import type { FilterableOperation, MetadataTable, SortableOperation } from "./metadata.js";
import type { QueryProblem } from "./problems.js";
import { filtersFor, type OperationFilters } from "./typed.js";
import { sortersFor, type OperationSorters } from "./typed-sorters.js";
import { validateFilter } from "./validate.js";
import { validateSorters } from "./validate-sorters.js";

/** Filters and sorters for every operation of one set of metadata and one `operations` type. */
export interface FilterKit<M extends MetadataTable, Ops> {
  /** The typed filter builder of one operation. */
  filters<Id extends FilterableOperation<M>>(operationId: Id): OperationFilters<M, Id, Ops>;
  /** The typed sorters of one operation. */
  sorters<Id extends SortableOperation<M>>(operationId: Id): OperationSorters<M, Id>;
  /** `validateFilter` for one operation of this metadata. */
  validateFilter(operationId: FilterableOperation<M>, text: string): QueryProblem[];
  /** `validateSorters` for one operation of this metadata. */
  validateSorters(operationId: SortableOperation<M>, text: string): QueryProblem[];
}

/**
 * Binds the codegen's metadata and openapi-typescript's `operations` once:
 * `const kit = filterKit<operations>()(operationMetadata)`. The two calls are there because
 * TypeScript cannot take `operations` explicitly and infer the metadata's type in one call.
 */
export function filterKit<Ops = unknown>(): <const M extends MetadataTable>(
  metadata: M,
) => FilterKit<M, Ops> {
  return <const M extends MetadataTable>(metadata: M): FilterKit<M, Ops> => ({
    filters: (operationId) => filtersFor<M, typeof operationId, Ops>(metadata, operationId),
    sorters: (operationId) => sortersFor(metadata, operationId),
    validateFilter: (operationId, text) => validateFilter(metadata, operationId, text),
    validateSorters: (operationId, text) => validateSorters(metadata, operationId, text),
  });
}
