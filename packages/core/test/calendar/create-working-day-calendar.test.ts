import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, createWorkingDayCalendar, isCreditBridgeError } from '../../src/index.js';

const calendar = createWorkingDayCalendar();

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'not a CreditBridgeError';
  }
  return undefined;
}

describe('createWorkingDayCalendar: arithmetic', () => {
  it('adds working days across the 2025 Spring Festival, counting the make-up Sunday', () => {
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
    expect(calendar.addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
    expect(calendar.workingDaysBetween('2025-01-24', '2025-02-05')).toBe(3);
    expect(calendar.workingDaysBetween('2025-02-05', '2025-01-24')).toBe(-3);
  });

  it('adds working days across the 2026 Spring Festival and its make-up Saturdays', () => {
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-24', 4)).toBe('2026-02-28');
  });

  it('keeps 除夕 2024 a working day and skips 02-10..02-17', () => {
    expect(calendar.addWorkingDays('2024-02-08', 2)).toBe('2024-02-18');
  });

  it('goes backwards for negative n and returns the date itself for 0', () => {
    expect(calendar.addWorkingDays('2025-02-05', -1)).toBe('2025-01-27');
    expect(calendar.addWorkingDays('2025-02-01', 0)).toBe('2025-02-01');
  });

  it('gives the first working day strictly after a date', () => {
    expect(calendar.nextWorkingDay('2025-09-30')).toBe('2025-10-09');
    expect(calendar.nextWorkingDay('2025-10-09')).toBe('2025-10-10');
  });

  it('lands addWorkingDays on a working day and workingDaysBetween inverts it (property)', () => {
    const date = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-06-01', n));
    const steps = fc.integer({ min: 1, max: 60 });
    fc.assert(
      fc.property(date, steps, fc.boolean(), (start, n, backwards) => {
        const delta = backwards ? -n : n;
        const end = calendar.addWorkingDays(start, delta);
        return (
          calendar.isWorkingDay(end) &&
          calendar.workingDaysBetween(start, end) === delta &&
          (backwards ? end < start : end > start)
        );
      }),
    );
  });
});

describe('createWorkingDayCalendar: coverage and host tables', () => {
  it('reports the years it covers and falls back to weekends elsewhere', () => {
    expect(calendar.coverage).toEqual({ from: '2021-01-01', to: '2026-12-31' });
    expect(calendar.covers('2026-12-31')).toBe(true);
    expect(calendar.covers('2027-01-01')).toBe(false);
    expect(calendar.covers('2020-12-31')).toBe(false);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true);
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false);
  });

  it('takes a host-supplied table instead of the shipped one', () => {
    const host = createWorkingDayCalendar({
      holidays: [{ year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-02'], source: 'host table' }],
    });
    expect(host.isWorkingDay('2027-01-01')).toBe(false);
    expect(host.isWorkingDay('2027-01-02')).toBe(true);
    expect(host.isWorkingDay('2025-01-28')).toBe(true);
    expect(host.coverage).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(createWorkingDayCalendar({ holidays: [] }).coverage).toBeNull();
  });

  it('lets extra holidays and workdays override the table', () => {
    const local = createWorkingDayCalendar({ extraHolidays: ['2025-03-03'], extraWorkdays: ['2025-01-28'] });
    expect(local.isWorkingDay('2025-03-03')).toBe(false);
    expect(local.isWorkingDay('2025-01-28')).toBe(true);
  });

  it('rejects contradictory or malformed tables', () => {
    const year = { year: 2027, holidays: ['2027-01-01'], workdays: [] as string[], source: 'host' };
    expect(codeOf(() => createWorkingDayCalendar({ holidays: [year, year] }))).toBe('E_CALENDAR_TABLE');
    expect(
      codeOf(() => createWorkingDayCalendar({ holidays: [{ ...year, workdays: ['2027-01-01'] }] })),
    ).toBe('E_CALENDAR_TABLE');
    expect(codeOf(() => createWorkingDayCalendar({ holidays: [{ ...year, holidays: ['2027-1-1'] }] }))).toBe(
      'E_CALENDAR_TABLE',
    );
    expect(
      codeOf(() =>
        createWorkingDayCalendar({ extraHolidays: ['2025-03-03'], extraWorkdays: ['2025-03-03'] }),
      ),
    ).toBe('E_CALENDAR_TABLE');
  });

  it('rejects a non-integer step and a malformed date', () => {
    expect(codeOf(() => calendar.addWorkingDays('2025-03-03', 1.5))).toBe('E_CALENDAR_RANGE');
    expect(codeOf(() => calendar.isWorkingDay('2025-02-30'))).toBe('E_DATE_INVALID');
    expect(codeOf(() => calendar.covers('03/03/2025'))).toBe('E_DATE_FORMAT');
  });
});
