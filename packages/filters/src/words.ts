import { FIELD_OPERATORS } from "./ast.js";

/** The words of the language. None of them can be a field path on its own. */
export const KEYWORDS: ReadonlySet<string> = new Set<string>([
  ...FIELD_OPERATORS,
  "and",
  "or",
  "not",
  "true",
  "false",
]);

const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/**
 * Whether `text` can be written as a field: dot-separated names of letters, digits and `_`,
 * each starting with a letter or `_`, and not a keyword of the language.
 */
export function isFieldPath(text: string): boolean {
  return FIELD_PATH.test(text) && !KEYWORDS.has(text);
}

/** Whether a word is a keyword written in the wrong case, such as `AND` or `Eq`. */
export function isMiscasedKeyword(text: string): boolean {
  return text !== text.toLowerCase() && KEYWORDS.has(text.toLowerCase());
}
