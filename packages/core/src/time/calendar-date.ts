import { isValidYmd } from './internal/civil-days.js';

/**
 * A calendar day in Asia/Shanghai written `YYYY-MM-DD` (ISO 8601 extended, four-digit year 0001–9999,
 * zero-padded month and day), e.g. `2024-02-29`. It names a day, not an instant: the toolkit's wire
 * carries dates this way (domain reference §9.4), and strings of this shape sort chronologically.
 */
export type CalendarDate = string;

/** Codes of date failures: `E_DATE_FORMAT` for text no accepted format matches, `E_DATE_INVALID` for a
 * well-formed value that names no real day (2023-02-29, 25:00, Excel serial 60, out of range). */
export type DateErrorCode = 'E_DATE_FORMAT' | 'E_DATE_INVALID';

const CANONICAL = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `value` is a canonical {@link CalendarDate}: `YYYY-MM-DD` naming a real day.
 *
 * @example
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2023-02-29'); // false
 * isCalendarDate('2024-2-29'); // false (use parseCalendarDate for loose input)
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = CANONICAL.exec(value);
  return match !== null && isValidYmd(Number(match[1]), Number(match[2]), Number(match[3]));
}
