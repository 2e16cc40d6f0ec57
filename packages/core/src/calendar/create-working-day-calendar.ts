import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import { addDays, type CalendarDate, compareDates, dayOfWeek, isCalendarDate } from '../time/index.js';
import { CHINA_HOLIDAYS } from './china-holidays.js';
import type { HolidayTable } from './holiday-table.js';

/** Where the calendar's holiday knowledge comes from. */
export interface WorkingDayCalendarOptions {
  /** Official rest days and make-up working days by year; defaults to {@link CHINA_HOLIDAYS}. */
  holidays?: HolidayTable | undefined;
  /** Extra rest days (a local closure); they win over the table. */
  extraHolidays?: readonly CalendarDate[] | undefined;
  /** Extra working days; they win over the table and over `extraHolidays`' absence. */
  extraWorkdays?: readonly CalendarDate[] | undefined;
}

/** Working-day arithmetic for statutory time limits (工作日). */
export interface WorkingDayCalendar {
  isWorkingDay(date: CalendarDate): boolean;
  /**
   * The day `n` working days after `date` (before it when `n` is negative). Counting starts the day after
   * `date`, as 民法典 art. 201 starts periods; `n = 0` returns `date` unchanged.
   */
  addWorkingDays(date: CalendarDate, n: number): CalendarDate;
  /**
   * How many working days `addWorkingDays` must step over to go from `a` to `b`: working days in (a, b]
   * when `a ≤ b`, minus those in [b, a) otherwise, so `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
   */
  workingDaysBetween(a: CalendarDate, b: CalendarDate): number;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: CalendarDate): CalendarDate;
  /** The first and last day of the years the holiday table covers; `null` for an empty table. */
  coverage: { from: CalendarDate; to: CalendarDate } | null;
  /** Whether the table covers the year of `date`; outside it only weekends are rest days. */
  covers(date: CalendarDate): boolean;
}

/**
 * Builds a working-day calendar: Saturdays and Sundays rest unless declared make-up working days (调休),
 * statutory holidays rest, everything else works. The holiday source is pluggable so a host can supply
 * years this package does not ship.
 *
 * @example
 * const calendar = createWorkingDayCalendar();
 * calendar.addWorkingDays('2025-01-24', 3); // '2025-02-05': 01-26 is a make-up Sunday, 01-28..02-04 rest
 */
export function createWorkingDayCalendar(options: WorkingDayCalendarOptions = {}): WorkingDayCalendar {
  const table = options.holidays ?? CHINA_HOLIDAYS;
  const years = new Set<number>();
  const holidays = new Set<CalendarDate>();
  const workdays = new Set<CalendarDate>();
  for (const entry of table) {
    if (!Number.isSafeInteger(entry.year) || years.has(entry.year)) {
      throw tableError(`year ${String(entry.year)} is not an integer or appears twice`);
    }
    years.add(entry.year);
    for (const date of entry.holidays) holidays.add(checkDate(date, entry.source));
    for (const date of entry.workdays) workdays.add(checkDate(date, entry.source));
  }
  for (const date of workdays) {
    if (holidays.has(date)) throw tableError(`${date} is both a holiday and a make-up working day`);
  }
  const extraHolidays = new Set((options.extraHolidays ?? []).map((d) => checkDate(d, 'extraHolidays')));
  const extraWorkdays = new Set((options.extraWorkdays ?? []).map((d) => checkDate(d, 'extraWorkdays')));
  for (const date of extraWorkdays) {
    if (extraHolidays.has(date)) throw tableError(`${date} is in both extraHolidays and extraWorkdays`);
  }

  const isWorkingDay = (date: CalendarDate): boolean => {
    const weekday = dayOfWeek(date);
    if (extraWorkdays.has(date)) return true;
    if (extraHolidays.has(date)) return false;
    if (workdays.has(date)) return true;
    if (holidays.has(date)) return false;
    return weekday !== 0 && weekday !== 6;
  };

  const addWorkingDays = (date: CalendarDate, n: number): CalendarDate => {
    if (!Number.isSafeInteger(n)) {
      throw new CreditBridgeError({
        code: 'E_CALENDAR_RANGE',
        message: `[addWorkingDays] n must be an integer, got ${String(n)}`,
      });
    }
    dayOfWeek(date);
    const step = n < 0 ? -1 : 1;
    let day = date;
    for (let remaining = Math.abs(n); remaining > 0; ) {
      day = addDays(day, step);
      if (isWorkingDay(day)) remaining -= 1;
    }
    return day;
  };

  const workingDaysBetween = (a: CalendarDate, b: CalendarDate): number => {
    const order = compareDates(a, b);
    if (order === 0) return 0;
    const [first, last] = order < 0 ? [addDays(a, 1), b] : [b, addDays(a, -1)];
    let count = 0;
    for (let day = first; compareDates(day, last) <= 0; day = addDays(day, 1)) {
      if (isWorkingDay(day)) count += 1;
    }
    return order < 0 ? count : -count;
  };

  const sorted = [...years].sort((x, y) => x - y);
  const firstYear = sorted[0];
  const lastYear = sorted[sorted.length - 1];
  const coverage =
    firstYear === undefined || lastYear === undefined
      ? null
      : { from: `${pad(firstYear)}-01-01`, to: `${pad(lastYear)}-12-31` };

  return {
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    nextWorkingDay: (date) => addWorkingDays(date, 1),
    coverage,
    covers: (date) => {
      dayOfWeek(date);
      return years.has(Number(date.slice(0, 4)));
    },
  };
}

function checkDate(date: CalendarDate, source: string): CalendarDate {
  if (!isCalendarDate(date)) throw tableError(`${JSON.stringify(date)} in ${source} is not YYYY-MM-DD`);
  return date;
}

function pad(year: number): string {
  return String(year).padStart(4, '0');
}

function tableError(problem: string): CreditBridgeError {
  return new CreditBridgeError({
    code: 'E_CALENDAR_TABLE',
    message: `[createWorkingDayCalendar] ${problem}`,
  });
}
