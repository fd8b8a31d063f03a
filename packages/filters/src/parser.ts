import type { FilterExpr } from "./ast.js";
import { FilterSyntaxError } from "./errors.js";
import { readCondition, readField } from "./condition.js";
import { Lexer } from "./lexer.js";
import { fail, isWord, type NodeSpan } from "./syntax.js";

export type { NodeSpan } from "./syntax.js";

/** A parsed tree with the position of each of its nodes. */
export interface ParsedFilter {
  readonly expr: FilterExpr;
  readonly spans: WeakMap<FilterExpr, NodeSpan>;
}

const MAX_DEPTH = 256;
const CONDITION = "a condition (a field, 'not', 'pr' or '(')";

/**
 * Reads filter text into a tree. Throws a `FilterSyntaxError` at the leftmost problem, with the
 * offset where it is and what was expected there. `and` and `or` chains become one node with
 * all their operands; parentheses leave no node of their own.
 */
export function parseFilter(text: string): FilterExpr {
  if (typeof text !== "string") {
    throw new FilterSyntaxError(0, "filter text (a string)", describeInput(text));
  }
  return parseFilterWithSpans(text).expr;
}

function describeInput(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "a list" : typeof value;
}

/** Like `parseFilter`, and also answers where each node of the tree was read. */
export function parseFilterWithSpans(text: string): ParsedFilter {
  const parser = new Parser(new Lexer(text));
  const expr = parser.parseOr(0);

  const rest = parser.lexer.next();
  if (rest.type !== "end") fail(rest, "'and', 'or' or the end of the text");
  return { expr, spans: parser.spans };
}

/** Recursive descent over `or` > `and` > `not` > conditions and parentheses. */
class Parser {
  readonly spans = new WeakMap<FilterExpr, NodeSpan>();

  constructor(readonly lexer: Lexer) {}

  parseOr(depth: number): FilterExpr {
    return this.chain("or", () => this.chain("and", () => this.unary(depth)));
  }

  private chain(kind: "and" | "or", operand: () => FilterExpr): FilterExpr {
    const first = operand();
    const operands = [first];
    let operator: number | undefined;

    while (isWord(this.lexer.peek(), kind)) {
      operator ??= this.lexer.peek().start;
      this.lexer.next();
      operands.push(operand());
    }
    if (operator === undefined) return first;

    return this.spanned({ kind, operands }, { start: this.spans.get(first)?.start ?? 0, operator });
  }

  private unary(depth: number): FilterExpr {
    const token = this.lexer.next();
    if (depth >= MAX_DEPTH) fail(token, `at most ${MAX_DEPTH} levels of 'not' and '('`);

    if (isWord(token, "not")) {
      const span = { start: token.start, operator: token.start };
      return this.spanned({ kind: "not", operand: this.unary(depth + 1) }, span);
    }

    if (token.type === "(") {
      const expr = this.parseOr(depth + 1);
      const close = this.lexer.next();
      if (close.type !== ")") fail(close, "'and', 'or' or ')'");
      return expr;
    }

    if (isWord(token, "pr")) {
      const fieldToken = this.lexer.next();
      const field = readField(fieldToken, "a field after 'pr'");
      const span = { start: token.start, operator: token.start, field: fieldToken.start };
      return this.spanned({ kind: "pr", field }, span);
    }

    const [node, span] = readCondition(this.lexer, readField(token, CONDITION), token);
    return this.spanned(node, span);
  }

  private spanned(node: FilterExpr, span: NodeSpan): FilterExpr {
    this.spans.set(node, span);
    return node;
  }
}
