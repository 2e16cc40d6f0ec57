import type { CalendarDate } from './calendar-date.js';
import { readCalendarDate } from './internal/civil-days.js';

/**
 * Orders two dates: -1 when `a` is earlier, 0 when equal, 1 when later; usable as an `Array#sort`
 * comparator. Throws `E_DATE_FORMAT` / `E_DATE_INVALID` for a non-canonical or impossible date.
 *
 * @example
 * ['2024-03-01', '2023-12-31'].sort(compareDates); // ['2023-12-31', '2024-03-01']
 */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  readCalendarDate('compareDates', a);
  readCalendarDate('compareDates', b);
  // Canonical YYYY-MM-DD with a four-digit year sorts as text exactly as it does in time.
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
