import fc from 'fast-check';

// The tests' independent reference for calendar arithmetic: ECMAScript's proleptic Gregorian UTC
// calendar (toISOString), never the code under test.
export const DAY_MS = 86_400_000;
export const FIRST_DAY = Date.parse('0001-01-01T00:00:00.000Z') / DAY_MS;
export const LAST_DAY = Date.parse('9999-12-31T00:00:00.000Z') / DAY_MS;

/** Days since 1970-01-01 of any day in 0001-01-01..9999-12-31. */
export const anyDayNumber = fc.integer({ min: FIRST_DAY, max: LAST_DAY });

/** `YYYY-MM-DD` of a day number, by the reference calendar. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Year text and numeric/padded month and day of a canonical date. */
export function partsOf(date: string): { y: string; m: number; d: number; mm: string; dd: string } {
  const [y = '', mm = '', dd = ''] = date.split('-');
  return { y, m: Number(mm), d: Number(dd), mm, dd };
}

/** Days in a month by the reference calendar. */
export function referenceDaysInMonth(year: number, month: number): number {
  const probe = new Date(0);
  probe.setUTCFullYear(year, month, 0);
  return probe.getUTCDate();
}
