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

const DIGIT_0 = 48;
const HYPHEN = 45;

// The digits at [from, from + count) as a number, or -1 when one of them is not an ASCII digit.
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let index = from; index < from + count; index += 1) {
    const digit = text.charCodeAt(index) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * True when `value` is a canonical {@link CalendarDate}: `YYYY-MM-DD` naming a real day.
 *
 * @example
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2023-02-29'); // false
 * isCalendarDate('2024-2-29'); // false (use parseCalendarDate for loose input)
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  // Read digit by digit: every date of every record passes here, and a regular expression's match
  // allocates.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 && isValidYmd(year, month, day);
}
