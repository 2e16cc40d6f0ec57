import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/index.js';
import { anyDayNumber, isoOfDay } from './oracle.js';

describe('isCalendarDate', () => {
  it('accepts every real day in 0001–9999 written YYYY-MM-DD', () => {
    fc.assert(
      fc.property(anyDayNumber, (day) => {
        expect(isCalendarDate(isoOfDay(day))).toBe(true);
      }),
    );
  });

  it('rejects impossible days, loose forms and non-strings', () => {
    for (const value of [
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '0000-01-01',
    ]) {
      expect(isCalendarDate(value), value).toBe(false);
    }
    for (const value of [
      '2024-2-29',
      '20240229',
      '2024/02/29',
      ' 2024-02-29',
      '2024-02-29T00:00',
      20240229,
      null,
    ]) {
      expect(isCalendarDate(value), String(value)).toBe(false);
    }
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });

  it('accepts exactly what the YYYY-MM-DD pattern and a real day accept, for any 10 characters', () => {
    const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;
    const daysIn = (year: number, month: number) =>
      new Date(Date.UTC(2000, month, 0)).getUTCDate() -
      (month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0);
    const reference = (value: string) => {
      const match = pattern.exec(value);
      if (match === null) return false;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
    };
    const char = fc.constantFrom('0', '1', '2', '3', '9', '-', '/', ' ', '２', '٣', 'a', '+', '.');
    fc.assert(
      fc.property(
        fc.array(char, { minLength: 8, maxLength: 12 }),
        fc.nat(9999),
        fc.nat(13),
        fc.nat(32),
        (chars, y, m, d) => {
          const shaped = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          for (const value of [chars.join(''), shaped])
            expect(isCalendarDate(value), value).toBe(reference(value));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
