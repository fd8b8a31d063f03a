/**
 * @sailkit/codegen: types and operation metadata from a SailPoint ISC OpenAPI spec.
 * The `sailkit` command wraps these functions.
 */
export { generate, type GenerateOptions, type GenerateResult } from "./generate.js";
export { loadSpec, type LoadedSpec } from "./load-spec.js";
export {
  listOperations,
  toCamelCase,
  type OperationInfo,
  type OperationList,
} from "./operations.js";
export { SpecError, formatProblem, type SpecProblem } from "./spec-error.js";
export { OutputFolderError } from "./output-folder.js";
export type { OpenApiDocument } from "./openapi-types.js";
export { diffSpecs } from "./diff/diff-specs.js";
export { diffDocuments } from "./diff/diff-documents.js";
export {
  bumpFor,
  type Bump,
  type ChangeLevel,
  type ChangePointer,
  type SpecChange,
  type SpecDiff,
} from "./diff/change.js";
