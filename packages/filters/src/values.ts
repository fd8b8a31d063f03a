import type { FilterValue } from "./ast.js";
import { formatDateTime, isWritableDate, parseDateTime } from "./datetime.js";
import { InvalidFilterError } from "./errors.js";
import type { Token } from "./lexer.js";

const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

/** Reads a value token: a string, `true`, `false`, a number or a date-time; else `undefined`. */
export function parseValue(token: Token): FilterValue | undefined {
  if (token.type === "string") return token.value;
  if (token.type === "word" && token.text === "true") return true;
  if (token.type === "word" && token.text === "false") return false;
  if (token.type !== "bare") return undefined;

  const date = parseDateTime(token.text);
  if (date) return date;

  const number = NUMBER.test(token.text) ? Number(token.text) : Number.NaN;
  return Number.isFinite(number) ? number : undefined;
}

/** Writes a string between double quotes, with `"` as `\"` and `\` as `\\`. */
export function quoteString(value: string): string {
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/**
 * Writes one value as the language wants it: strings quoted and escaped, the rest bare. Throws
 * an `InvalidFilterError` (naming `field`) for a value the language cannot express.
 */
export function formatValue(field: string, value: FilterValue): string {
  if (typeof value === "string") return quoteString(value);
  if (typeof value === "boolean") return String(value);

  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InvalidFilterError(`${value} is not finite`, field);
    return Object.is(value, -0) ? "0" : String(value);
  }

  if (value instanceof Date && isWritableDate(value)) return formatDateTime(value);
  if (value instanceof Date) {
    throw new InvalidFilterError("the date is invalid or outside years 0000-9999", field);
  }
  throw new InvalidFilterError(`a ${typeof value} is not a filter value`, field);
}
