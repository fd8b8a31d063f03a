import { readFilters, type Filters } from "./metadata/filters.js";
import { readPagination, type Pagination } from "./metadata/pagination.js";
import { operationParameters } from "./metadata/parameters.js";
import { readSorters, type Sorters } from "./metadata/sorters.js";
import {
  HTTP_METHODS,
  type OpenApiDocument,
  type OperationObject,
  type PathItem,
} from "./openapi-types.js";
import { escapePointerStep, resolveRef } from "./refs.js";
import { SpecError, type SpecProblem } from "./spec-error.js";
import { checkStructure } from "./structure.js";
import { locateProblems, type Locator } from "./locate.js";

/** What the codegen knows of one operation, emitted as run-time metadata. */
export interface OperationInfo {
  operationId: string;
  /** The operation id in camelCase, the name a client method gets. */
  name: string;
  method: Uppercase<(typeof HTTP_METHODS)[number]>;
  path: string;
  tags: string[];
  summary: string | null;
  deprecated: boolean;
  /** Media types the request body accepts, in spec order; empty without a body. */
  requestMediaTypes: string[];
  /** The first 2xx status the spec lists, or `null` when it lists none. */
  successStatus: number | null;
  /** Media types of that success response; empty for a response without content. */
  responseMediaTypes: string[];
  /** How the operation pages, or `null` when it does not. */
  pagination: Pagination | null;
  /** The documented filterable fields, or `null` without a filter parameter. */
  filters: Filters | null;
  /** The documented sortable fields, or `null` without a `sorters` parameter. */
  sorters: Sorters | null;
}

/** The operations of a document, and the problems that did not stop reading them. */
export interface OperationList {
  operations: OperationInfo[];
  warnings: SpecProblem[];
}

/**
 * Lists every operation of a bundled document in path order. Operation ids must be unique:
 * a repeated id is an error naming both places. An operation without an id is reported as a
 * warning and left out, since neither the types nor the client can name it.
 */
export function listOperations(document: OpenApiDocument, locate?: Locator): OperationList {
  const place = (problems: SpecProblem[]) => (locate ? locateProblems(problems, locate) : problems);
  const malformed = checkStructure(document);
  if (malformed.length > 0) throw new SpecError("The spec is malformed.", place(malformed));

  const operations: OperationInfo[] = [];
  const warnings: SpecProblem[] = [];
  const seen = new Map<string, string>();
  const duplicates: SpecProblem[] = [];

  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item?.[method];
      if (!operation) continue;

      const pointer = `/paths/${escapePointerStep(path)}/${method}`;
      const id = operation.operationId;
      if (!id) {
        warnings.push({ pointer, message: `${method.toUpperCase()} ${path} has no operationId` });
        continue;
      }

      const earlier = seen.get(id);
      if (earlier)
        duplicates.push({ pointer, message: `operationId "${id}" is also at ${earlier}` });
      seen.set(id, pointer);
      const info = describeOperation(document, path, item ?? {}, method, operation);
      operations.push(info);
      warnings.push(...describeWarnings(info, pointer));
    }
  }

  warnings.push(...nameCollisions(operations));
  if (duplicates.length > 0) {
    throw new SpecError("Operation ids must be unique.", place(duplicates));
  }

  return { operations, warnings: place(warnings) };
}

function describeOperation(
  document: OpenApiDocument,
  path: string,
  item: PathItem,
  method: (typeof HTTP_METHODS)[number],
  operation: OperationObject,
): OperationInfo {
  const success = findSuccess(document, operation.responses ?? {});
  const body = resolveRef(document, operation.requestBody) as { content?: object } | undefined;
  const parameters = operationParameters(document, item, operation);

  return {
    operationId: operation.operationId ?? "",
    name: toCamelCase(operation.operationId ?? ""),
    method: method.toUpperCase() as OperationInfo["method"],
    path,
    tags: operation.tags ?? [],
    summary: operation.summary ?? null,
    deprecated: operation.deprecated === true,
    requestMediaTypes: Object.keys(body?.content ?? {}),
    successStatus: success.status,
    responseMediaTypes: success.mediaTypes,
    pagination: readPagination(document, operation, parameters),
    filters: readFilters(parameters),
    sorters: readSorters(parameters),
  };
}

function describeWarnings(info: OperationInfo, pointer: string): SpecProblem[] {
  const filters = (info.filters?.warnings ?? []).map((text) => `filters: ${text}`);
  const sorters = (info.sorters?.warnings ?? []).map((text) => `sorters: ${text}`);

  return [...filters, ...sorters].map((text) => ({
    pointer,
    message: `${info.operationId}: ${text}`,
  }));
}

function findSuccess(document: OpenApiDocument, responses: Record<string, unknown>) {
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
  if (!status) return { status: null, mediaTypes: [] };

  const response = resolveRef(document, responses[status]) as { content?: object } | undefined;

  return { status: Number(status), mediaTypes: Object.keys(response?.content ?? {}) };
}

/** Operations whose ids differ but whose camelCase names are the same. */
function nameCollisions(operations: OperationInfo[]): SpecProblem[] {
  const byName = new Map<string, string>();
  const problems: SpecProblem[] = [];

  for (const operation of operations) {
    const earlier = byName.get(operation.name);
    if (earlier !== undefined) {
      problems.push({
        message:
          `operations "${earlier}" and "${operation.operationId}" ` +
          `share the name ${operation.name}`,
      });
    }
    byName.set(operation.name, operation.operationId);
  }

  return problems;
}

/** Turns `list-workflows`, `list_workflows` or `ListWorkflows` into `listWorkflows`. */
export function toCamelCase(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);

  return words
    .map((word, index) => {
      const head = index === 0 ? word.charAt(0).toLowerCase() : word.charAt(0).toUpperCase();
      return head + word.slice(1);
    })
    .join("");
}
