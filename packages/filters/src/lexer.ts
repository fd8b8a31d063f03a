import { FilterSyntaxError } from "./errors.js";

/** One token of filter text, with the offset where it starts. */
export type Token =
  | { readonly type: "word"; readonly text: string; readonly start: number }
  | { readonly type: "bare"; readonly text: string; readonly start: number }
  | { readonly type: "string"; readonly value: string; readonly start: number }
  | { readonly type: "(" | ")" | ","; readonly start: number }
  | { readonly type: "end"; readonly start: number };

const TOKEN = "a word, a number, a date-time, a quoted string, '(', ')' or ','";
const SYMBOLS: Partial<Record<string, string>> = {
  "&": "write 'and'",
  "|": "write 'or'",
  "!": "write 'not' or 'ne'",
  "=": "write 'eq'",
  "<": "write 'lt' or 'le'",
  ">": "write 'gt' or 'ge'",
  "'": 'strings are written between double quotes: "..."',
};
const SPACE = /\s/;
const WORD_START = /[A-Za-z_]/;
const WORD_PART = /[A-Za-z0-9_.]/;
const BARE_START = /[0-9-]/;
const BARE_PART = /[0-9A-Za-z:.+_-]/;

/** Describes a token for an error message: what the parser found where it expected more. */
export function describeToken(token: Token): string {
  switch (token.type) {
    case "end":
      return "the end of the text";
    case "string": {
      const shown = token.value.length > 40 ? `${token.value.slice(0, 40)}...` : token.value;
      return `the string ${JSON.stringify(shown)}`;
    }
    case "word":
    case "bare":
      return `'${token.text}'`;
    default:
      return `'${token.type}'`;
  }
}

/**
 * Splits filter text into tokens on demand, so that the first error reported is the leftmost
 * one. Words (fields, operators, booleans) start with a letter or `_`; bare values (numbers,
 * date-times) with a digit or `-`; strings are double-quoted with `\"` and `\\` as escapes.
 */
export class Lexer {
  private offset = 0;
  private lookahead: Token | undefined;

  constructor(private readonly text: string) {}

  /** The next token, without consuming it. */
  peek(): Token {
    this.lookahead ??= this.scan();
    return this.lookahead;
  }

  /** The next token, consumed. */
  next(): Token {
    const token = this.peek();
    this.lookahead = undefined;
    return token;
  }

  private scan(): Token {
    while (this.offset < this.text.length && SPACE.test(this.text[this.offset]!)) this.offset++;

    const start = this.offset;
    const char = this.text[start];
    if (char === undefined) return { type: "end", start };

    if (char === "(" || char === ")" || char === ",") {
      this.offset++;
      return { type: char, start };
    }

    if (char === '"') return this.scanString(start);
    if (WORD_START.test(char)) return { type: "word", text: this.scanRun(WORD_PART), start };
    if (BARE_START.test(char)) return { type: "bare", text: this.scanRun(BARE_PART), start };

    throw new FilterSyntaxError(start, TOKEN, `'${char}'`, SYMBOLS[char]);
  }

  private scanRun(part: RegExp): string {
    const start = this.offset;
    while (this.offset < this.text.length && part.test(this.text[this.offset]!)) this.offset++;
    return this.text.slice(start, this.offset);
  }

  private scanString(start: number): Token {
    let value = "";
    this.offset = start + 1;

    for (;;) {
      const char = this.text[this.offset];
      if (char === undefined) {
        const hint = `the string that opens at ${start} is not closed`;
        throw new FilterSyntaxError(this.offset, "'\"'", "the end of the text", hint);
      }

      this.offset++;
      if (char === '"') return { type: "string", value, start };
      if (char !== "\\") {
        value += char;
        continue;
      }

      const escaped = this.text[this.offset];
      if (escaped !== '"' && escaped !== "\\") {
        const found = escaped === undefined ? "the end of the text" : `'\\${escaped}'`;
        throw new FilterSyntaxError(this.offset - 1, "'\\\"' or '\\\\'", found);
      }
      value += escaped;
      this.offset++;
    }
  }
}
