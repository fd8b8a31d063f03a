import { queryParameter, type Parameter } from "./parameters.js";

/** The comparison operators of SailPoint's filter language. */
export const FILTER_OPERATORS = [
  "eq",
  "ne",
  "lt",
  "le",
  "gt",
  "ge",
  "co",
  "sw",
  "in",
  "ca",
  "pr",
  "isnull",
] as const;

/** One of {@link FILTER_OPERATORS}. */
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/** The composite operators of the filter language. */
export type CompositeOperator = "and" | "or" | "not";

/** What an operation's `filters` parameter documents. */
export interface Filters {
  /** The query parameter's name: `filters`, or `filter` where the spec says so. */
  param: "filters" | "filter";
  /** Each filterable field with the operators it accepts. */
  fields: Record<string, FilterOperator[]>;
  /** The composite operators the description allows, or `null` where it does not restrict them. */
  composite: CompositeOperator[] | null;
  /** Prose of the description that is not a field line, kept word for word. */
  notes: string[];
  /** What could not be read as a field, an operator or a known sentence. */
  warnings: string[];
}

const INTRO = /^filter results using the standard syntax/i;
const HEADER = /^filtering is supported for the following fields and operators:?$/i;
const FIELD = /^\*\*([^*\s]+)\*\*\s*:?\s*\*([^*]+)\*$/;
const COMPOSITE = /^supported composite operators(?: are|:)?\s*\*([^*]+)\*\.?$/i;

/** Reads the filterable fields from the description of an operation's filter parameter. */
export function readFilters(parameters: Parameter[]): Filters | null {
  const parameter = queryParameter(parameters, "filters") ?? queryParameter(parameters, "filter");
  if (!parameter) return null;

  const filters: Filters = {
    param: parameter.name as Filters["param"],
    fields: {},
    composite: null,
    notes: [],
    warnings: [],
  };
  // What comes before the header line describes the parameter in general, not its fields.
  const lines = descriptionLines(parameter.description);
  const header = lines.findIndex((line) => HEADER.test(line));
  for (const line of lines.slice(header + 1)) readLine(filters, line);

  if (Object.keys(filters.fields).length === 0) {
    filters.warnings.push("the description names no filterable field");
  }
  return filters;
}

function readLine(filters: Filters, line: string): void {
  if (INTRO.test(line)) return;

  const field = FIELD.exec(line);
  if (field?.[1] && field[2]) {
    filters.fields[field[1]] = readOperators(filters, field[1], field[2]);
    return;
  }

  const composite = COMPOSITE.exec(line);
  if (composite?.[1]) {
    filters.composite = splitList(composite[1]).filter(isComposite);
    return;
  }

  filters.notes.push(line);
  filters.warnings.push(`unrecognised text kept as a note: ${JSON.stringify(line)}`);
}

function readOperators(filters: Filters, field: string, text: string): FilterOperator[] {
  const operators: FilterOperator[] = [];

  for (const word of splitList(text)) {
    if (isOperator(word)) operators.push(word);
    else filters.warnings.push(`unknown operator ${JSON.stringify(word)} for field ${field}`);
  }
  return operators;
}

/** Splits a description into trimmed, non-empty lines with runs of spaces collapsed. */
export function descriptionLines(description: string): string[] {
  return description
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** Splits `a, b,c` or `a b` into words. */
export function splitList(text: string): string[] {
  return text.split(/[,\s]+/).filter(Boolean);
}

function isOperator(word: string): word is FilterOperator {
  return (FILTER_OPERATORS as readonly string[]).includes(word);
}

function isComposite(word: string): word is CompositeOperator {
  return word === "and" || word === "or" || word === "not";
}
