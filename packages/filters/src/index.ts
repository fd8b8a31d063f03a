/**
 * @sailkit/filters: SailPoint ISC `filters` and `sorters` as data. Parse and format them,
 * evaluate them against objects, build them with the operation's documented fields and
 * operators checked by the compiler, and validate text before a request is sent.
 */
export * from "./ast.js";
export { Filter, filter, type FilterBuilder, type ValueList } from "./builder.js";
export { formatDateTime, parseDateTime } from "./datetime.js";
export { FilterSyntaxError, InvalidFilterError, SorterSyntaxError } from "./errors.js";
export { matchesFilter } from "./evaluate.js";
export { formatFilter } from "./format.js";
export { filterKit, type FilterKit } from "./kit.js";
export type {
  FilterMetadata,
  FilterableOperation,
  MetadataTable,
  OperationQueryMetadata,
  SortableOperation,
  SorterMetadata,
} from "./metadata.js";
export { parseFilter, parseFilterWithSpans, type NodeSpan, type ParsedFilter } from "./parser.js";
export { resolvePath } from "./path.js";
export type { ProblemCode, QueryProblem } from "./problems.js";
export type { AnyFilterValue, FieldValue, ResponseItem } from "./schema-types.js";
export { formatSorters, parseSorters, type Sorter } from "./sorters.js";
export {
  filtersFor,
  type BuiltFor,
  type OperationFilter,
  type OperationFilters,
  type UncheckedBuilder,
} from "./typed.js";
export {
  sortersFor,
  type OperationSorters,
  type SortKey,
  type UncheckedSortKey,
} from "./typed-sorters.js";
export { validateFilter } from "./validate.js";
export { validateSorters } from "./validate-sorters.js";
