import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, parseCalendarDate } from '../../src/index.js';
import { anyDayNumber, DAY_MS, isoOfDay, partsOf } from './oracle.js';

const ok = (value: string) => ({ ok: true, value });
const fullWidth = (text: string) =>
  text.replace(/[0-9:/.-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

function codeOf(result: ReturnType<typeof parseCalendarDate>): string {
  return result.ok ? `ok ${result.value}` : result.code;
}

describe('parseCalendarDate: text', () => {
  it('reads each accepted layout', () => {
    const inputs = [
      '2024-01-05',
      '20240105',
      '2024/1/5',
      '2024/01/05',
      '2024-1-5',
      '2024.1.5',
      '2024年1月5日',
      '２０２４－０１－０５',
      '２０２４年１月５日',
      '  2024-01-05\t',
      '\u30002024-01-05\u3000',
      '2024-01-05 08:30',
      '2024-01-05T23:59:59',
      '2024-01-05 23:59:59.999',
      '2024/1/5 8:30',
      '20240105 08:30:00',
      '2024年1月5日 08:30',
      '2024年1月5日08:30',
    ];
    for (const input of inputs) expect(parseCalendarDate(input), input).toEqual(ok('2024-01-05'));
  });

  it('round-trips every valid day through every accepted layout', () => {
    fc.assert(
      fc.property(anyDayNumber, fc.constantFrom('', ' 00:00', ' 23:59:59', 'T12:30'), (day, time) => {
        const date = isoOfDay(day);
        const { y, m, d, mm, dd } = partsOf(date);
        const layouts = [
          `${y}-${mm}-${dd}`,
          `${y}${mm}${dd}`,
          `${y}/${m}/${d}`,
          `${y}-${m}-${d}`,
          `${y}.${m}.${d}`,
          `${y}年${m}月${d}日`,
        ];
        for (const layout of layouts) {
          expect(parseCalendarDate(`${layout}${time}`)).toEqual(ok(date));
          expect(parseCalendarDate(` ${fullWidth(layout)}${fullWidth(time)} `)).toEqual(ok(date));
        }
      }),
    );
  });

  it('rejects impossible days and times with E_DATE_INVALID', () => {
    for (const input of [
      '2023-02-29',
      '20230229',
      '2023年2月29日',
      '2024/4/31',
      '2024-13-01',
      '0000-01-01',
    ]) {
      expect(codeOf(parseCalendarDate(input)), input).toBe('E_DATE_INVALID');
    }
    for (const input of ['2024-01-05 24:00', '2024-01-05 10:60', '2024-01-05T10:00:61']) {
      expect(codeOf(parseCalendarDate(input)), input).toBe('E_DATE_INVALID');
    }
  });

  it('rejects unrecognised text with E_DATE_FORMAT', () => {
    const inputs = [
      '',
      'tomorrow',
      '2024-01',
      '24-01-05',
      '2024-01-05x',
      '2024-01/05',
      '2024-01-0510:30',
      '-45000',
    ];
    for (const input of inputs) expect(codeOf(parseCalendarDate(input)), input).toBe('E_DATE_FORMAT');
  });

  it('masks an identity number echoed in a failure message', () => {
    const result = parseCalendarDate('11010519491231002X');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('19491231');
  });
});

describe('parseCalendarDate: timestamps with an offset', () => {
  it('converts to the Shanghai day', () => {
    expect(parseCalendarDate('2024-01-05T15:59:59.999Z')).toEqual(ok('2024-01-05'));
    expect(parseCalendarDate('2024-01-05T16:00:00Z')).toEqual(ok('2024-01-06'));
    expect(parseCalendarDate('2024-01-05T23:30:00+08:00')).toEqual(ok('2024-01-05'));
    expect(parseCalendarDate('2024-01-05T00:30:00+0900')).toEqual(ok('2024-01-04'));
    expect(parseCalendarDate('2024-01-05 10:00:00 -14:00')).toEqual(ok('2024-01-06'));
    expect(parseCalendarDate('2023-12-31T20:00:00-05:00')).toEqual(ok('2024-01-01'));
  });

  it('agrees with ECMAScript for any instant and offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1000-01-01T00:00:00Z'), max: Date.parse('9000-01-01T00:00:00Z') }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (ms, offsetMinutes) => {
          const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const expected = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
          expect(parseCalendarDate(`${local}${offset}`)).toEqual(ok(expected));
        },
      ),
    );
  });

  it('rejects impossible offsets and days with E_DATE_INVALID', () => {
    expect(codeOf(parseCalendarDate('2024-01-05T10:00:00+25:00'))).toBe('E_DATE_INVALID');
    expect(codeOf(parseCalendarDate('2023-02-29T10:00:00Z'))).toBe('E_DATE_INVALID');
  });
});

describe('parseCalendarDate: numbers and instants', () => {
  it('reads epoch milliseconds above 10^11 as the Shanghai day, right at midnight UTC+8', () => {
    const midnight = Date.parse('2024-01-05T16:00:00Z');
    const lastInstant = Date.parse('9999-12-31T15:59:59.999Z');
    expect(parseCalendarDate(midnight - 1)).toEqual(ok('2024-01-05'));
    expect(parseCalendarDate(midnight)).toEqual(ok('2024-01-06'));
    expect(parseCalendarDate(String(midnight))).toEqual(ok('2024-01-06'));
    fc.assert(
      fc.property(fc.integer({ min: 1e11 + 1, max: lastInstant }), (ms) => {
        expect(parseCalendarDate(ms)).toEqual(ok(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)));
      }),
    );
    expect(parseCalendarDate(lastInstant)).toEqual(ok('9999-12-31'));
    expect(codeOf(parseCalendarDate(lastInstant + 1))).toBe('E_DATE_INVALID');
  });

  it('reads Date objects as the Shanghai day of their instant', () => {
    expect(parseCalendarDate(new Date('2024-01-05T16:00:00Z'))).toEqual(ok('2024-01-06'));
    expect(parseCalendarDate(new Date('1950-06-01T15:59:59Z'))).toEqual(ok('1950-06-01'));
    expect(codeOf(parseCalendarDate(new Date(Number.NaN)))).toBe('E_DATE_INVALID');
  });

  it('reads Excel 1900-system serials, with the phantom 1900-02-29 invalid', () => {
    expect(parseCalendarDate(1)).toEqual(ok('1900-01-01'));
    expect(parseCalendarDate(59)).toEqual(ok('1900-02-28'));
    expect(codeOf(parseCalendarDate(60))).toBe('E_DATE_INVALID');
    expect(parseCalendarDate(61)).toEqual(ok('1900-03-01'));
    expect(parseCalendarDate(45296)).toEqual(ok('2024-01-05'));
    expect(parseCalendarDate(45296.75)).toEqual(ok('2024-01-05'));
    expect(parseCalendarDate('45296')).toEqual(ok('2024-01-05'));
    expect(parseCalendarDate('４５２９６')).toEqual(ok('2024-01-05'));
    expect(parseCalendarDate(2958465, { excelSerial: true })).toEqual(ok('9999-12-31'));
    for (const serial of [0, -1, 2958466]) {
      expect(codeOf(parseCalendarDate(serial, { excelSerial: true })), String(serial)).toBe('E_DATE_INVALID');
    }
  });

  it('round-trips serials and days for 1900-03-01..9999-12-31', () => {
    const first = Date.parse('1900-03-01T00:00:00Z') / DAY_MS;
    const last = Date.parse('9999-12-31T00:00:00Z') / DAY_MS;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const date = isoOfDay(day);
        const serial = daysBetween('1899-12-30', date);
        expect(parseCalendarDate(serial, { excelSerial: true })).toEqual(ok(date));
        expect(parseCalendarDate(String(serial), { excelSerial: true })).toEqual(ok(date));
      }),
    );
  });

  it('reads eight-digit numbers as YYYYMMDD unless told they are serials', () => {
    expect(parseCalendarDate(20240105)).toEqual(ok('2024-01-05'));
    expect(codeOf(parseCalendarDate(20240105, { excelSerial: true }))).toBe('E_DATE_INVALID');
    expect(codeOf(parseCalendarDate('20240105', { excelSerial: true }))).toBe('E_DATE_INVALID');
    expect(parseCalendarDate('2024-01-05', { excelSerial: true })).toEqual(ok('2024-01-05'));
  });

  it('rejects ambiguous numbers with E_DATE_FORMAT and non-finite ones with E_DATE_INVALID', () => {
    expect(codeOf(parseCalendarDate(1_704_441_600))).toBe('E_DATE_FORMAT');
    expect(codeOf(parseCalendarDate(100_000))).toBe('E_DATE_FORMAT');
    expect(codeOf(parseCalendarDate(Number.POSITIVE_INFINITY))).toBe('E_DATE_INVALID');
    expect(codeOf(parseCalendarDate(9e15))).toBe('E_DATE_INVALID');
  });
});
