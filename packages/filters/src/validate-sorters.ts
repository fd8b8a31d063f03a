import { SorterSyntaxError } from "./errors.js";
import type { MetadataTable } from "./metadata.js";
import { byPosition, names, operationFor, type QueryProblem } from "./problems.js";
import { parseSorters } from "./sorters.js";

/**
 * Lists what is wrong with `text` as the sorters of operation `operationId`, without calling
 * the service: a syntax error, fields the operation cannot sort on, a field named twice.
 */
export function validateSorters(
  metadata: MetadataTable,
  operationId: string,
  text: string,
): QueryProblem[] {
  const found = operationFor(metadata, operationId, "sorters");
  if ("problem" in found) return [found.problem];

  let sorters;
  try {
    sorters = parseSorters(text);
  } catch (error) {
    if (!(error instanceof SorterSyntaxError)) throw error;
    return [{ code: "syntax", message: error.message, position: error.position }];
  }

  const allowed = found.operation.sorters!.fields;
  const seen = new Set<string>();
  const problems: QueryProblem[] = [];
  let position = 0;

  for (const { field, direction } of sorters) {
    const at = position + (direction === "desc" ? 1 : 0);
    position = at + field.length + 1;

    if (seen.has(field)) {
      const message = `The field '${field}' is named twice`;
      problems.push({ code: "duplicate-field", message, position: at, field });
    } else if (!allowed.includes(field)) {
      const message = `The field '${field}' cannot be sorted on; the fields are ${names(allowed)}`;
      problems.push({ code: "unknown-field", message, position: at, field, allowed });
    }
    seen.add(field);
  }
  return byPosition(problems);
}
