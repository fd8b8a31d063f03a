/** Error codes of failures that happen before a byte of the request left: safe to retry. */
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * Whether fetch failed for the network's sake (refused, reset, dropped, no such host) rather
 * than for a bug or an abort: fetch rejects with a TypeError then, as the standard says.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;

  return error.cause !== undefined || /fetch|network|terminated|socket/i.test(error.message);
}

/** Whether a connection failure is sure to have happened before the request was sent. */
export function failedBeforeSending(error: unknown): boolean {
  const code = codeOf(error instanceof Error ? error.cause : undefined);

  return code !== undefined && NOT_SENT.has(code);
}

function codeOf(cause: unknown): string | undefined {
  const code = (cause as { code?: unknown } | undefined)?.code;
  if (typeof code === "string") return code;

  // AggregateError (one try per address) and nested causes carry the code further down.
  const errors = (cause as { errors?: unknown } | undefined)?.errors;
  if (Array.isArray(errors)) return codeOf(errors[0]);
  const inner = (cause as { cause?: unknown } | undefined)?.cause;
  return inner === undefined ? undefined : codeOf(inner);
}
