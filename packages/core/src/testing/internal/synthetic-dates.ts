import { addDays, type CalendarDate } from '../../time/index.js';
import type { Random } from '../create-random.js';

/** A day between `maxDaysAgo` and `minDaysAgo` days before `today`, both included. */
export function pastDate(
  random: Random,
  today: CalendarDate,
  minDaysAgo: number,
  maxDaysAgo: number,
): CalendarDate {
  return addDays(today, -random.int(minDaysAgo, maxDaysAgo));
}

/** The later of two dates. */
export function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function earlierOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b;
}

/** `2026-03-05` as `2026年3月5日`, the way decisions write dates. */
export function chineseDate(date: CalendarDate): string {
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** `date` at `minute` minutes after midnight with a random second, as `YYYY-MM-DDTHH:mm:ss+08:00`. */
export function shanghaiTimestamp(random: Random, date: CalendarDate, minute: number): string {
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  const ss = String(random.int(0, 59)).padStart(2, '0');
  return `${date}T${hh}:${mm}:${ss}+08:00`;
}
