import { descriptionLines, splitList } from "./filters.js";
import { queryParameter, type Parameter } from "./parameters.js";

/** What an operation's `sorters` parameter documents. */
export interface Sorters {
  param: "sorters";
  /** The sortable fields; a leading `-` on the wire sorts descending. */
  fields: string[];
  /** Prose that is not the list of fields, kept word for word. */
  notes: string[];
  /** What could not be read. */
  warnings: string[];
}

const INTRO = /^sort results using the standard syntax/i;
const FIELDS = /^sorting is supported for the following fields:?\s*(.*)$/i;

/** Reads the sortable fields from the description of an operation's `sorters` parameter. */
export function readSorters(parameters: Parameter[]): Sorters | null {
  const parameter = queryParameter(parameters, "sorters");
  if (!parameter) return null;

  const sorters: Sorters = { param: "sorters", fields: [], notes: [], warnings: [] };
  // What comes before the list of fields describes the parameter in general.
  const lines = descriptionLines(parameter.description);
  const first = Math.max(
    lines.findIndex((line) => FIELDS.test(line)),
    0,
  );
  for (const line of lines.slice(first)) {
    if (INTRO.test(line)) continue;

    const list = FIELDS.exec(line);
    if (list) {
      const names = list[1]?.replaceAll("*", "") ?? "";
      sorters.fields.push(...splitList(names));
      continue;
    }

    sorters.notes.push(line);
    sorters.warnings.push(`unrecognised text kept as a note: ${JSON.stringify(line)}`);
  }

  if (sorters.fields.length === 0) sorters.warnings.push("the description names no sortable field");
  return sorters;
}
