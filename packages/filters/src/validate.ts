import { walkFilter, type FilterExpr } from "./ast.js";
import { FilterSyntaxError } from "./errors.js";
import type { FilterMetadata, MetadataTable } from "./metadata.js";
import { parseFilterWithSpans, type NodeSpan } from "./parser.js";
import { byPosition, names, operationFor, type QueryProblem } from "./problems.js";

/**
 * Lists what is wrong with `text` as the filters of operation `operationId`, without calling
 * the service: a syntax error (with its position), fields the operation does not document,
 * operators not documented for a field, composite operators the operation does not allow.
 * An empty list means the service's documented rules accept the text.
 */
export function validateFilter(
  metadata: MetadataTable,
  operationId: string,
  text: string,
): QueryProblem[] {
  const found = operationFor(metadata, operationId, "filters");
  if ("problem" in found) return [found.problem];

  try {
    return byPosition(checkTree(found.operation.filters!, text));
  } catch (error) {
    if (!(error instanceof FilterSyntaxError)) throw error;
    return [{ code: "syntax", message: error.message, position: error.position }];
  }
}

function checkTree(filters: FilterMetadata, text: string): QueryProblem[] {
  const { expr, spans } = parseFilterWithSpans(text);
  const problems: QueryProblem[] = [];

  walkFilter(expr, (node) => {
    const problem = checkNode(filters, node, spans.get(node) ?? { start: 0, operator: 0 });
    if (problem) problems.push(problem);
  });
  return problems;
}

function checkNode(
  { fields, composite }: FilterMetadata,
  node: FilterExpr,
  span: NodeSpan,
): QueryProblem | undefined {
  if (node.kind === "and" || node.kind === "or" || node.kind === "not") {
    if (composite === null || composite.includes(node.kind)) return undefined;

    const message = `This operation does not allow '${node.kind}'; it allows ${names(composite)}`;
    const allowed = composite;
    return { code: "composite-not-allowed", message, position: span.operator, allowed };
  }

  const { field } = node;
  const operator = node.kind === "comparison" || node.kind === "list" ? node.operator : node.kind;
  const documented = Object.hasOwn(fields, field) ? fields[field] : undefined;

  if (!documented) {
    const allowed = Object.keys(fields);
    const message = `The field '${field}' cannot be filtered on; the fields are ${names(allowed)}`;
    return { code: "unknown-field", message, position: span.field ?? 0, field, allowed };
  }

  if (documented.includes(operator)) return undefined;
  const message = `The field '${field}' does not take '${operator}'; it takes ${names(documented)}`;
  const position = span.operator;
  return { code: "operator-not-allowed", message, position, field, operator, allowed: documented };
}
