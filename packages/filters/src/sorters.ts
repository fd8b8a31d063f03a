import { SorterSyntaxError } from "./errors.js";

/** One sort key: a field, ascending or descending. */
export interface Sorter {
  readonly field: string;
  readonly direction: "asc" | "desc";
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_.]/;
const EXPECTED = "a sort field (names of letters, digits and '_', joined by '.')";

/** Whether `text` can be written as a sort field: dot-separated names, as in filters. */
export function isSortField(text: string): boolean {
  return firstFault(text) === -1;
}

/**
 * Reads `sorters` text (`-modified,name`) into sort keys, in order; a leading `-` sorts that
 * field descending. Empty text means no sorting. Spaces, empty items and malformed fields are
 * refused with a `SorterSyntaxError` at their offset.
 */
export function parseSorters(text: string): Sorter[] {
  if (text === "") return [];

  const sorters: Sorter[] = [];
  let offset = 0;

  for (const item of text.split(",")) {
    const descending = item.startsWith("-");
    const field = descending ? item.slice(1) : item;
    const at = offset + (descending ? 1 : 0);

    const fault = firstFault(field);
    if (fault >= 0) {
      const found =
        field[fault] === undefined ? describeEnd(text, at + fault) : `'${field[fault]}'`;
      throw new SorterSyntaxError(at + fault, EXPECTED, found);
    }

    sorters.push({ field, direction: descending ? "desc" : "asc" });
    offset += item.length + 1;
  }
  return sorters;
}

/** Where a sort field stops being well formed, or -1 when it is. */
function firstFault(field: string): number {
  for (let index = 0; index <= field.length; index++) {
    const startsName = index === 0 || field[index - 1] === ".";
    const char = field[index];
    if (char === undefined) return startsName ? index : -1;
    if (!(startsName ? NAME_START : NAME_PART).test(char)) return index;
  }
  return -1;
}

function describeEnd(text: string, at: number): string {
  return at >= text.length ? "the end of the text" : "','";
}

/** Writes sort keys as `sorters` text: comma-separated, `-` before descending fields. */
export function formatSorters(sorters: readonly Sorter[]): string {
  return sorters
    .map(({ field, direction }) => {
      if (!isSortField(field)) throw new TypeError(`${JSON.stringify(field)} is not a sort field`);
      return direction === "desc" ? `-${field}` : field;
    })
    .join(",");
}
