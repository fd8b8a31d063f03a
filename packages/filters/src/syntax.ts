import { FilterSyntaxError } from "./errors.js";
import { describeToken, type Token } from "./lexer.js";
import { isMiscasedKeyword } from "./words.js";

/** Where a node was read: where it starts, its operator, and its field for conditions. */
export interface NodeSpan {
  readonly start: number;
  readonly operator: number;
  readonly field?: number;
}

/**
 * Throws the `FilterSyntaxError` for `token` where `expected` was due. Without a `hint`, a
 * keyword in the wrong case (`AND`, `Eq`) gets one saying how to write it.
 */
export function fail(token: Token, expected: string, hint?: string): never {
  const miscased = token.type === "word" && isMiscasedKeyword(token.text);
  const caseHint = miscased ? `keywords are lower case: write '${token.text.toLowerCase()}'` : "";
  throw new FilterSyntaxError(token.start, expected, describeToken(token), hint ?? caseHint);
}

/** Whether `token` is the word `text`, exactly (keywords are lower case). */
export function isWord(token: Token, text: string): boolean {
  return token.type === "word" && token.text === text;
}
