import { dateError, MAX_DAYS, MIN_DAYS } from './internal/civil-days.js';
import { instantMs, SHANGHAI_OFFSET_MS, shanghaiDays } from './internal/shanghai.js';

/**
 * Writes an instant as an ISO 8601 timestamp in Shanghai time with millisecond precision and an explicit
 * `+08:00` offset, the form the toolkit's wire uses for times (domain reference §9.4). Throws
 * `E_DATE_INVALID` for an invalid instant or one outside years 0001–9999.
 *
 * @example
 * toShanghaiTimestamp(Date.parse('2024-01-05T16:30:00Z')); // '2024-01-06T00:30:00.000+08:00'
 */
export function toShanghaiTimestamp(instant: number | Date): string {
  const ms = instantMs(instant);
  if (ms === undefined) throw dateError('E_DATE_INVALID', '[toShanghaiTimestamp] not a valid instant');
  const days = shanghaiDays(ms);
  if (days < MIN_DAYS || days > MAX_DAYS) {
    throw dateError('E_DATE_INVALID', '[toShanghaiTimestamp] instant is outside years 0001–9999');
  }
  // toISOString always writes UTC, so shifting the instant by +8 h yields Shanghai wall time on any machine.
  return `${new Date(Math.floor(ms) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
}
