import type { CalendarDate } from './calendar-date.js';
import { dateFromDays, daysFromCivil, readCalendarDate, requireInteger } from './internal/civil-days.js';

/**
 * The date `n` days after `date` (before it when `n` is negative). Throws `E_DATE_FORMAT` /
 * `E_DATE_INVALID` for a non-canonical or impossible date, a non-integer `n`, or a result outside 0001–9999.
 *
 * @example
 * addDays('2024-02-28', 1); // '2024-02-29'
 */
export function addDays(date: CalendarDate, n: number): CalendarDate {
  requireInteger('addDays', 'n', n);
  return dateFromDays('addDays', daysFromCivil(readCalendarDate('addDays', date)) + n);
}

/**
 * Signed whole days from `a` to `b`: positive when `b` is later, so `addDays(a, daysBetween(a, b)) === b`.
 *
 * @example
 * daysBetween('2024-01-01', '2025-01-01'); // 366
 */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return (
    daysFromCivil(readCalendarDate('daysBetween', b)) - daysFromCivil(readCalendarDate('daysBetween', a))
  );
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday (the `Date#getDay` convention).
 *
 * @example
 * dayOfWeek('2024-01-01'); // 1 (Monday)
 */
export function dayOfWeek(date: CalendarDate): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  // 1970-01-01 was a Thursday (4).
  const days = daysFromCivil(readCalendarDate('dayOfWeek', date));
  return ((((days + 4) % 7) + 7) % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}
