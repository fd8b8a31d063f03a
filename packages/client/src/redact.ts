/** How many recent tokens a {@link Redactor} remembers; older ones have long expired. */
const REMEMBERED = 8;

const PATTERNS: readonly [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, "$1 [redacted]"],
  [/\b(client_secret|access_token|refresh_token)=[^&\s"']*/gi, "$1=[redacted]"],
  [/("(?:client_?secret|access_?token|refresh_?token)"\s*:\s*)"[^"]*"/gi, '$1"[redacted]"'],
];

/**
 * A secret as it may appear in an echoed request: as it is, percent-encoded (a URL), and
 * form-encoded (the token request's body), with upper- or lower-case hex digits.
 */
function encodings(secret: string): string[] {
  const url = encodeURIComponent(secret);
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  const lower = (text: string) => text.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase());

  return [...new Set([secret, url, form, lower(url), lower(form)])];
}

/**
 * Keeps secrets out of everything the client logs or throws. It knows the client secret and
 * the latest tokens and blanks them wherever they appear (a proxy's error page may echo a
 * header), and blanks anything shaped like a bearer header or a secret form field.
 */
export class Redactor {
  readonly #secrets: string[] = [];

  /** Remembers a secret or a token to blank from now on. */
  add(secret: string): void {
    if (secret.length < 4 || this.#secrets.includes(secret)) return;

    this.#secrets.push(secret);
    if (this.#secrets.length > REMEMBERED + 1) this.#secrets.splice(1, 1);
  }

  /** The text with every known secret and every secret-shaped field blanked. */
  text(text: string): string {
    let clean = text;
    for (const secret of this.#secrets) {
      for (const form of encodings(secret)) clean = clean.replaceAll(form, "[redacted]");
    }
    for (const [pattern, replacement] of PATTERNS) clean = clean.replace(pattern, replacement);
    return clean;
  }

  /** A copy of a JSON value with {@link text} applied to every string in it. */
  value(value: unknown): unknown {
    if (typeof value === "string") return this.text(value);
    if (Array.isArray(value)) return value.map((item) => this.value(item));
    if (value === null || typeof value !== "object") return value;

    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [
        key,
        this.value(item),
      ]),
    );
  }

  /** Shows nothing of what it holds. */
  toString(): string {
    return `Redactor(${this.#secrets.length} secrets)`;
  }
}
