import type { CalendarDate } from './calendar-date.js';
import { dateError, dateFromDays } from './internal/civil-days.js';
import { instantMs, shanghaiDays } from './internal/shanghai.js';

/**
 * The calendar day in Asia/Shanghai (fixed UTC+8) at `now`, which defaults to the current time; pass the
 * injected clock's value in code that must be testable. Throws `E_DATE_INVALID` for an invalid instant.
 *
 * @example
 * todayInShanghai(Date.parse('2024-01-05T16:30:00Z')); // '2024-01-06'
 */
export function todayInShanghai(now: number | Date = Date.now()): CalendarDate {
  const ms = instantMs(now);
  if (ms === undefined) throw dateError('E_DATE_INVALID', '[todayInShanghai] not a valid instant');
  return dateFromDays('todayInShanghai', shanghaiDays(ms));
}
