import type { CompositeOperator, FieldOperator } from "./ast.js";

/**
 * What the codegen's `operationMetadata` says of one operation's `filters` parameter: its name,
 * the documented fields and their operators, the composite operators (`null` when the
 * description does not restrict them), and the notes and warnings read from the description.
 */
export interface FilterMetadata {
  readonly param: "filters" | "filter";
  readonly fields: { readonly [field: string]: readonly FieldOperator[] };
  readonly composite: readonly CompositeOperator[] | null;
  readonly notes: readonly string[];
  readonly warnings: readonly string[];
}

/** What the codegen's `operationMetadata` says of one operation's `sorters` parameter. */
export interface SorterMetadata {
  readonly param: "sorters";
  readonly fields: readonly string[];
}

/** The part of one operation's metadata this package reads; other properties are ignored. */
export interface OperationQueryMetadata {
  readonly filters?: FilterMetadata | null;
  readonly sorters?: SorterMetadata | null;
}

/** Operation metadata by operation id, such as `operationMetadata` of `@sailkit/v3`. */
export type MetadataTable = { readonly [operationId: string]: OperationQueryMetadata };

/**
 * The ids of the operations whose metadata documents a filters parameter; any string when the
 * metadata's type is not literal (a `MetadataTable` read at run time).
 */
export type FilterableOperation<M> = string extends keyof M
  ? string
  : {
      [Id in keyof M]: M[Id] extends { readonly filters: FilterMetadata } ? Id : never;
    }[keyof M] &
      string;

/** The ids of the operations whose metadata documents a sorters parameter (see above). */
export type SortableOperation<M> = string extends keyof M
  ? string
  : {
      [Id in keyof M]: M[Id] extends { readonly sorters: SorterMetadata } ? Id : never;
    }[keyof M] &
      string;

/** The filters metadata of one operation. */
export type FiltersOf<M, Id extends keyof M> = M[Id] extends { readonly filters?: infer F }
  ? Extract<F, FilterMetadata>
  : never;

/** The sorters metadata of one operation. */
export type SortersOf<M, Id extends keyof M> = M[Id] extends { readonly sorters?: infer S }
  ? Extract<S, SorterMetadata>
  : never;

/** Reads one operation's filters metadata, or throws a `TypeError` naming the operation. */
export function filtersMetadata(metadata: MetadataTable, operationId: string): FilterMetadata {
  const found = Object.hasOwn(metadata, operationId) ? metadata[operationId]?.filters : null;
  if (!found) throw new TypeError(`Operation ${operationId} documents no filters parameter`);
  return found;
}

/** Reads one operation's sorters metadata, or throws a `TypeError` naming the operation. */
export function sortersMetadata(metadata: MetadataTable, operationId: string): SorterMetadata {
  const found = Object.hasOwn(metadata, operationId) ? metadata[operationId]?.sorters : null;
  if (!found) throw new TypeError(`Operation ${operationId} documents no sorters parameter`);
  return found;
}
