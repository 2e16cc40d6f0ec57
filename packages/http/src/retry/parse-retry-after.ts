const DELTA_SECONDS = /^\d+$/;
// All three HTTP-date forms (RFC 9110 §5.6.7) open with a day name; Date.parse alone accepts '-1'.
const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;

/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3): delta-seconds or an HTTP-date, as milliseconds from
 * `now`. Undefined when absent or unreadable; a date in the past gives 0.
 *
 * @example
 * parseRetryAfter('3', Date.now()); // 3000
 * parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', Date.UTC(2025, 0, 1)); // 5000
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (DELTA_SECONDS.test(trimmed)) return Number(trimmed) * 1000;
  if (!HTTP_DATE.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
