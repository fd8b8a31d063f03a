/** RFC 3339 date-times, as the filter language writes them bare. */

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * Reads an RFC 3339 date-time (`2024-01-31T10:00:00Z`, `...T10:00:00.5+02:00`) as a `Date`,
 * or answers `undefined` when the text is not one or names an impossible date. Digits past the
 * millisecond are dropped, and leap seconds (`:60`) are refused: a `Date` cannot hold them.
 */
export function parseDateTime(text: string): Date | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;

  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map(Number);
  const [offsetHours = 0, offsetMinutes = 0] = [match[9], match[10]].map((part) =>
    Number(part ?? 0),
  );
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59;
  if (!valid) return undefined;

  // Date's own parser takes years 0000-0099 literally only in this exact ISO form.
  const fraction = match[7] ? match[7].slice(0, 4).padEnd(4, "0") : ".000";
  const zone = match[8]!.toUpperCase();
  const iso = `${match.slice(1, 4).join("-")}T${match.slice(4, 7).join(":")}${fraction}${zone}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Whether a `Date` can be written in RFC 3339: valid, and in years 0000 to 9999 (UTC). */
export function isWritableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 0 && year <= 9999;
}

/** Writes a date in UTC, RFC 3339, with milliseconds only when there are some. */
export function formatDateTime(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, "Z");
}
