import type { CompositeOperator, FieldOperator, FilterExpr, FilterValue } from "./ast.js";
import { filter, type ValueList } from "./builder.js";
import type { FilterMetadata, FilterableOperation, FiltersOf, MetadataTable } from "./metadata.js";
import { filtersMetadata } from "./metadata.js";
import type { FieldValue, ResponseItem } from "./schema-types.js";

declare const operation: unique symbol;

/** The composite operators an operation allows: all three when its metadata says `null`. */
type Composites<F extends FilterMetadata> = F["composite"] extends readonly (infer C extends
  CompositeOperator)[]
  ? C
  : CompositeOperator;

/**
 * A filter built for one operation: its tree, its `text`, and `and` / `or`
 * only where the operation allows them, taking only filters built for the same operation.
 */
export type OperationFilter<Id extends string, C extends CompositeOperator> = {
  readonly expr: FilterExpr;
  readonly text: string;
  readonly [operation]: Id;
  toString(): string;
  toJSON(): string;
} & ("and" extends C
  ? { and(...others: OperationFilter<Id, C>[]): OperationFilter<Id, C> }
  : unknown) &
  ("or" extends C ? { or(...others: OperationFilter<Id, C>[]): OperationFilter<Id, C> } : unknown);

/** The fields of an operation documented with `op`. */
type FieldsWith<F extends FilterMetadata, Op extends FieldOperator> = {
  [Field in keyof F["fields"]]: Op extends F["fields"][Field][number] ? Field : never;
}[keyof F["fields"]] &
  string;

/** The operators that at least one field of the operation is documented with. */
type UsedOperators<F extends FilterMetadata> = F["fields"][keyof F["fields"]][number];

/** The signature of one operator of a typed builder. */
type OperatorMethod<F extends FilterMetadata, Op extends FieldOperator, Item, R> = Op extends
  "pr" | "isnull"
  ? <Field extends FieldsWith<F, Op>>(field: Field) => R
  : Op extends "co" | "sw"
    ? <Field extends FieldsWith<F, Op>>(field: Field, value: string) => R
    : Op extends "in" | "ca"
      ? <Field extends FieldsWith<F, Op>>(
          field: Field,
          values: ValueList<FieldValue<Item, Field>>,
        ) => R
      : <Field extends FieldsWith<F, Op>>(field: Field, value: FieldValue<Item, Field>) => R;

/** `filter` with every field and operator, its results usable with the operation's filters. */
export interface UncheckedBuilder<R> {
  eq(field: string, value: FilterValue): R;
  ne(field: string, value: FilterValue): R;
  lt(field: string, value: FilterValue): R;
  le(field: string, value: FilterValue): R;
  gt(field: string, value: FilterValue): R;
  ge(field: string, value: FilterValue): R;
  co(field: string, value: string): R;
  sw(field: string, value: string): R;
  in(field: string, values: ValueList<FilterValue>): R;
  ca(field: string, values: ValueList<FilterValue>): R;
  pr(field: string): R;
  isnull(field: string): R;
}

type CompositeFunctions<C extends CompositeOperator, R> = ("and" extends C
  ? { and(first: R, ...rest: R[]): R }
  : unknown) &
  ("or" extends C ? { or(first: R, ...rest: R[]): R } : unknown) &
  ("not" extends C ? { not(operand: R): R } : unknown);

/**
 * The builder of one operation: a method per documented operator, taking only the fields
 * documented with it and values of the response schema's types; the allowed composites; and
 * `unchecked`, the visible way to name a field or operator the spec does not document.
 */
export type OperationFilters<M, Id extends FilterableOperation<M>, Ops = unknown> = {
  [Op in UsedOperators<FiltersOf<M, Id>>]: OperatorMethod<
    FiltersOf<M, Id>,
    Op,
    ResponseItem<Ops, Id>,
    BuiltFor<M, Id>
  >;
} & CompositeFunctions<Composites<FiltersOf<M, Id>>, BuiltFor<M, Id>> & {
    readonly operationId: Id;
    readonly param: FiltersOf<M, Id>["param"];
    readonly unchecked: UncheckedBuilder<BuiltFor<M, Id>>;
  };

/** What the builder of one operation makes. */
export type BuiltFor<M, Id extends FilterableOperation<M>> = OperationFilter<
  Id,
  Composites<FiltersOf<M, Id>>
>;

/**
 * The filter builder of one operation, typed by its metadata (pass `Ops`, openapi-typescript's
 * `operations`, for value types; `filterKit` does so once for all operations). At run time it
 * is `filter` itself: the checks are the compiler's, and `validateFilter` checks text.
 */
export function filtersFor<
  const M extends MetadataTable,
  Id extends FilterableOperation<M>,
  Ops = unknown,
>(metadata: M, operationId: Id): OperationFilters<M, Id, Ops> {
  const { param } = filtersMetadata(metadata, operationId);
  const builder = { ...filter, operationId, param, unchecked: filter };
  return builder as unknown as OperationFilters<M, Id, Ops>;
}
