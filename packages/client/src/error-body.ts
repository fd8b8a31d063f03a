/** One message of an error answer, as `ErrorResponseDto` writes them. */
export interface ErrorMessage {
  readonly locale?: string;
  readonly localeOrigin?: string;
  readonly text: string;
}

/** What an error answer says, whatever form its body took. */
export interface ErrorDetails {
  readonly detailCode: string | undefined;
  readonly trackingId: string | undefined;
  readonly messages: readonly ErrorMessage[];
  readonly causes: readonly ErrorMessage[];
  /** The parsed JSON body; undefined when the body was not JSON. */
  readonly body: unknown;
  /** The body as sent, when it was not JSON (HTML from a proxy, plain text). */
  readonly rawBody: string | undefined;
}

/**
 * Reads an error body in each form the service and what stands before it send: an
 * `ErrorResponseDto`, the token endpoint's `{error, error_description}`, the rate limiter's
 * `{message}`, the older `{detailMessage}`, or text that is not JSON at all. `body` is what
 * openapi-fetch answered: the parsed JSON, or the text when it did not parse.
 */
export function readErrorBody(body: unknown): ErrorDetails {
  if (typeof body === "string") return fromText(body);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { ...EMPTY, body };
  }

  const record = body as Record<string, unknown>;
  const messages = messagesOf(record["messages"]);
  const fallback = [
    record["detailMessage"],
    record["error_description"],
    record["error"],
    record["message"],
  ].find((value): value is string => typeof value === "string" && value.trim() !== "");

  return {
    detailCode: stringOf(record["detailCode"]),
    trackingId: stringOf(record["trackingId"]),
    messages: messages.length || fallback === undefined ? messages : [{ text: fallback.trim() }],
    causes: messagesOf(record["causes"]),
    body,
    rawBody: undefined,
  };
}

const EMPTY: ErrorDetails = {
  detailCode: undefined,
  trackingId: undefined,
  messages: [],
  causes: [],
  body: undefined,
  rawBody: undefined,
};

function fromText(text: string): ErrorDetails {
  const summary = /<[a-z!/]/i.test(text) ? htmlSummary(text) : text;
  const line = summary.replace(/\s+/g, " ").trim().slice(0, 200);

  return { ...EMPTY, messages: line ? [{ text: line }] : [], rawBody: text };
}

function htmlSummary(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];

  return (title ?? heading ?? html).replace(/<[^>]*>/g, " ");
}

function messagesOf(value: unknown): ErrorMessage[] {
  if (!Array.isArray(value)) return [];

  return value.flatMap((item: unknown) => {
    if (typeof item === "string") return [{ text: item }];
    const text = (item as { text?: unknown } | null)?.text;
    if (typeof text !== "string") return [];
    const { locale, localeOrigin } = item as Record<string, unknown>;
    return [
      {
        text,
        ...(typeof locale === "string" ? { locale } : {}),
        ...(typeof localeOrigin === "string" ? { localeOrigin } : {}),
      },
    ];
  });
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
