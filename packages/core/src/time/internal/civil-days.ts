import { CreditBridgeError } from '../../errors/credit-bridge-error.js';
import type { CalendarDate, DateErrorCode } from '../calendar-date.js';

/** A day as numbers; month 1–12. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the numbers name a real day in the range a four-digit year can write. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar. Integer arithmetic in 400-year eras
 * (H. Hinnant, "chrono-compatible low-level date algorithms"), so no Date and no machine time zone.
 */
export function daysFromCivil({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  // Years start in March so the leap day falls at the end of the computed year.
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Inverse of {@link daysFromCivil}. */
export function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const MIN_DAYS = daysFromCivil({ year: 1, month: 1, day: 1 });
export const MAX_DAYS = daysFromCivil({ year: 9999, month: 12, day: 31 });

export function formatYmd({ year, month, day }: Ymd): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function dateError(code: DateErrorCode, message: string): CreditBridgeError<DateErrorCode> {
  return new CreditBridgeError({ code, message });
}

const CANONICAL = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a canonical date for the arithmetic helpers, throwing when a caller hands over anything else. */
export function readCalendarDate(operation: string, date: CalendarDate): Ymd {
  const match = typeof date === 'string' ? CANONICAL.exec(date) : null;
  if (match === null) {
    throw dateError('E_DATE_FORMAT', `[${operation}] ${JSON.stringify(String(date))} is not YYYY-MM-DD`);
  }
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!isValidYmd(ymd.year, ymd.month, ymd.day)) {
    throw dateError('E_DATE_INVALID', `[${operation}] ${date} is not a real day`);
  }
  return ymd;
}

/** The date `days` after 1970-01-01, throwing when it leaves years 0001–9999. */
export function dateFromDays(operation: string, days: number): CalendarDate {
  if (days < MIN_DAYS || days > MAX_DAYS) {
    throw dateError('E_DATE_INVALID', `[${operation}] result is outside 0001-01-01..9999-12-31`);
  }
  return formatYmd(civilFromDays(days));
}

export function requireInteger(operation: string, name: string, value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw dateError('E_DATE_INVALID', `[${operation}] ${name} must be an integer, got ${String(value)}`);
  }
}
