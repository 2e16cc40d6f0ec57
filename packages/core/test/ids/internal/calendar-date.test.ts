import { describe, expect, it } from 'vitest';
import {
  isCalendarDate,
  isIsoCalendarDate,
  todayInShanghai,
} from '../../../src/ids/internal/calendar-date.js';

describe('calendar dates', () => {
  it('knows month lengths and Gregorian leap years', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(2024, 4, 31)).toBe(false);
    expect(isCalendarDate(2024, 13, 1)).toBe(false);
    expect(isCalendarDate(2024, 1, 0)).toBe(false);
  });

  it('reads YYYY-MM-DD strictly', () => {
    expect(isIsoCalendarDate('2026-06-30')).toBe(true);
    expect(isIsoCalendarDate('2026-6-30')).toBe(false);
    expect(isIsoCalendarDate('2026-06-31')).toBe(false);
  });

  it('rolls over to the next day at 16:00 UTC, midnight in Asia/Shanghai', () => {
    expect(todayInShanghai(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(todayInShanghai(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });
});
