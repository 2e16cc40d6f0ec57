import type { CalendarDate } from './calendar-date.js';
import {
  dateError,
  daysInMonth,
  formatYmd,
  readCalendarDate,
  requireInteger,
} from './internal/civil-days.js';

function shiftMonths(operation: string, date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = readCalendarDate(operation, date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  if (targetYear < 1 || targetYear > 9999) {
    throw dateError('E_DATE_INVALID', `[${operation}] result is outside 0001-01-01..9999-12-31`);
  }
  // Clamp to the target month's last day, as publication periods count "N months/years after" (01-31 → 02-28).
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return formatYmd({ year: targetYear, month: targetMonth, day: targetDay });
}

/**
 * The same day `n` calendar months later (earlier when negative), clamped to the end of a shorter month:
 * `addMonths('2024-01-31', 1)` is `'2024-02-29'`, `addMonths('2023-01-31', 1)` is `'2023-02-28'`.
 *
 * @example
 * addMonths('2024-03-31', -1); // '2024-02-29'
 */
export function addMonths(date: CalendarDate, n: number): CalendarDate {
  requireInteger('addMonths', 'n', n);
  return shiftMonths('addMonths', date, n);
}

/**
 * The same day `n` years later (earlier when negative); 29 February lands on 28 February in a common year.
 *
 * @example
 * addYears('2024-02-29', 1); // '2025-02-28'
 */
export function addYears(date: CalendarDate, n: number): CalendarDate {
  requireInteger('addYears', 'n', n);
  return shiftMonths('addYears', date, n * 12);
}
