import type { ComparisonOperator, FilterExpr, FilterValue, ListOperator } from "./ast.js";
import { COMPARISON_OPERATORS, LIST_OPERATORS } from "./ast.js";
import type { Lexer, Token } from "./lexer.js";
import { fail, isWord, type NodeSpan } from "./syntax.js";
import { parseValue } from "./values.js";
import { KEYWORDS, isFieldPath, isMiscasedKeyword } from "./words.js";

const FIELD_PATH = "a field path (names of letters, digits and '_' joined by single dots)";
const OPERATOR = "an operator (eq, ne, lt, le, gt, ge, co, sw, in, ca or isnull)";
const COMPARISONS: ReadonlySet<string> = new Set(COMPARISON_OPERATORS);
const LISTS: ReadonlySet<string> = new Set(LIST_OPERATORS);

/**
 * Reads `token` as a field path, or fails saying `expected` was due there (or, for a word that
 * is no keyword, that a well-formed path was).
 */
export function readField(token: Token, expected: string): string {
  if (token.type === "word" && isFieldPath(token.text)) return token.text;

  const malformed = token.type === "word" && !KEYWORDS.has(token.text.toLowerCase());
  return fail(token, malformed ? FIELD_PATH : expected);
}

/**
 * Reads the rest of a condition whose field is `fieldToken`: `isnull`, a comparison and its
 * value, or a list operator and its list. Answers the node and where its parts were.
 */
export function readCondition(
  lexer: Lexer,
  field: string,
  fieldToken: Token,
): [FilterExpr, NodeSpan] {
  const op = lexer.next();
  const span = { start: fieldToken.start, operator: op.start, field: fieldToken.start };

  if (isWord(op, "isnull")) return [{ kind: "isnull", field }, span];

  if (op.type === "word" && COMPARISONS.has(op.text)) {
    const operator = op.text as ComparisonOperator;
    return [{ kind: "comparison", operator, field, value: readValue(lexer, `'${op.text}'`) }, span];
  }

  if (op.type === "word" && LISTS.has(op.text)) {
    const operator = op.text as ListOperator;
    return [{ kind: "list", operator, field, values: readList(lexer, operator) }, span];
  }

  const miscased = isMiscasedKeyword(field) ? `write '${field.toLowerCase()}'` : undefined;
  return fail(op, `${OPERATOR} after the field '${field}'`, miscased);
}

function readValue(lexer: Lexer, after: string): FilterValue {
  const token = lexer.next();
  const value = parseValue(token);
  if (value !== undefined) return value;

  const expected = `a value (a quoted string, number, boolean or date-time) after ${after}`;
  if (token.type === "word" && !isMiscasedKeyword(token.text)) {
    fail(token, expected, "strings must be double-quoted");
  }
  if (token.type === "bare") fail(token, expected, "not a number nor an RFC 3339 date-time");
  return fail(token, expected);
}

function readList(lexer: Lexer, operator: ListOperator): FilterValue[] {
  const open = lexer.next();
  if (open.type !== "(") fail(open, `'(' after '${operator}'`, 'lists are written ("a", "b")');

  const values = [readValue(lexer, `'${operator} ('`)];
  for (;;) {
    const separator = lexer.next();
    if (separator.type === ")") return values;
    if (separator.type !== ",") fail(separator, "',' or ')' in the list");
    values.push(readValue(lexer, "','"));
  }
}
