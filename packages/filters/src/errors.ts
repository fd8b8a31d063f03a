/**
 * Raised by `parseFilter` for text that is not a filter expression. `position` is the offset in
 * the text (0-based, in UTF-16 code units) where `expected` was due and `found` was seen.
 */
export class FilterSyntaxError extends SyntaxError {
  override readonly name = "FilterSyntaxError";

  constructor(
    readonly position: number,
    readonly expected: string,
    readonly found: string,
    hint?: string,
  ) {
    super(`Expected ${expected} at position ${position}, found ${found}${hint ? `: ${hint}` : ""}`);
  }
}

/** Raised by `parseSorters` for text that is not a comma-separated list of sort fields. */
export class SorterSyntaxError extends SyntaxError {
  override readonly name = "SorterSyntaxError";

  constructor(
    readonly position: number,
    readonly expected: string,
    readonly found: string,
  ) {
    super(`Expected ${expected} at position ${position}, found ${found}`);
  }
}

/**
 * Raised when a tree cannot be written as filter text: a field that is not a field path, a
 * number that is not finite, a date that is invalid or outside years 0000-9999, an empty list,
 * an `and` or `or` with fewer than two operands. `field` names the field at fault, if any.
 */
export class InvalidFilterError extends TypeError {
  override readonly name = "InvalidFilterError";

  constructor(
    reason: string,
    readonly field?: string,
  ) {
    const where = field === undefined ? "the filter" : `the condition on ${JSON.stringify(field)}`;
    super(`Cannot write ${where}: ${reason}`);
  }
}
