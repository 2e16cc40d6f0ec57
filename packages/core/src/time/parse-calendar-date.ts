import { redactText } from '../mask/index.js';
import type { CalendarDate, DateErrorCode } from './calendar-date.js';
import {
  civilFromDays,
  daysFromCivil,
  formatYmd,
  isValidYmd,
  MAX_DAYS,
  MIN_DAYS,
} from './internal/civil-days.js';
import { excelSerialToDays } from './internal/excel-serial.js';
import { instantMs, shanghaiDays } from './internal/shanghai.js';
import { toHalfWidth } from './internal/to-half-width.js';

/** Options of {@link parseCalendarDate}. */
export interface ParseCalendarDateOptions {
  /** Read every numeric input (number or all-digit string) as an Excel 1900-system serial. */
  excelSerial?: boolean;
}

/** Outcome of {@link parseCalendarDate}: the canonical date, or why there is none. */
export type CalendarDateResult =
  | { ok: true; value: CalendarDate }
  | { ok: false; code: DateErrorCode; message: string };

const NUMERIC = /^\d+(?:\.\d+)?$/;
const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?=$|T|\s)/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?=$|T|\s)/;
const TIME = /^(?:T|\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;
const WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;
// Epoch milliseconds start above 10^11 (1973-03-03), well clear of serials and YYYYMMDD numbers.
const EPOCH_MS_FLOOR = 1e11;
const SERIAL_CEILING = 100_000;

type Failure = Extract<CalendarDateResult, { ok: false }>;

function failure(code: DateErrorCode, input: unknown, reason: string): Failure {
  const shown = input instanceof Date ? 'Date' : JSON.stringify(redactText(String(input)).slice(0, 40));
  return { ok: false, code, message: `[parseCalendarDate] ${shown}: ${reason}` };
}

function fromDays(days: number, input: unknown): CalendarDateResult {
  if (days < MIN_DAYS || days > MAX_DAYS) return failure('E_DATE_INVALID', input, 'outside years 0001–9999');
  return { ok: true, value: formatYmd(civilFromDays(days)) };
}

function fromInstant(ms: number | undefined, input: unknown): CalendarDateResult {
  return ms === undefined
    ? failure('E_DATE_INVALID', input, 'not a valid instant')
    : fromDays(shanghaiDays(ms), input);
}

function fromYmd(year: number, month: number, day: number, input: unknown): CalendarDateResult {
  if (!isValidYmd(year, month, day)) return failure('E_DATE_INVALID', input, 'no such day');
  return { ok: true, value: formatYmd({ year, month, day }) };
}

function fromSerial(serial: number, input: unknown): CalendarDateResult {
  const days = excelSerialToDays(serial);
  if (days === undefined) {
    return failure(
      'E_DATE_INVALID',
      input,
      'not an Excel serial day (1–2958465, 60 is the phantom 1900-02-29)',
    );
  }
  return fromDays(days, input);
}

function validTime(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

function fromNumeric(
  value: number,
  digits: string,
  excelSerial: boolean,
  input: unknown,
): CalendarDateResult {
  if (excelSerial) return fromSerial(value, input);
  if (/^\d{8}$/.test(digits)) {
    return fromYmd(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6)), input);
  }
  if (value < SERIAL_CEILING) return fromSerial(value, input);
  if (value > EPOCH_MS_FLOOR) return fromInstant(instantMs(value), input);
  return failure(
    'E_DATE_FORMAT',
    input,
    'number is neither an Excel serial, YYYYMMDD nor epoch milliseconds',
  );
}

function fromOffsetTimestamp(match: RegExpExecArray, input: unknown): CalendarDateResult {
  const [, y, mo, d, h, mi, s, , sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const offsetHours = Number(oh ?? 0);
  const offsetMinutes = Number(om ?? 0);
  if (!isValidYmd(year, month, day)) return failure('E_DATE_INVALID', input, 'no such day');
  if (!validTime(Number(h), Number(mi), Number(s ?? 0)) || offsetHours > 23 || offsetMinutes > 59) {
    return failure('E_DATE_INVALID', input, 'no such time or offset');
  }
  const offset = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  // Seconds never move a day boundary, so whole minutes suffice: local minutes - offset = UTC, +480 = Shanghai.
  const minutes = daysFromCivil({ year, month, day }) * 1440 + Number(h) * 60 + Number(mi) - offset + 480;
  return fromDays(Math.floor(minutes / 1440), input);
}

function fromText(text: string, options: ParseCalendarDateOptions, input: unknown): CalendarDateResult {
  if (NUMERIC.test(text)) return fromNumeric(Number(text), text, options.excelSerial === true, input);
  const withOffset = WITH_OFFSET.exec(text);
  if (withOffset !== null) return fromOffsetTimestamp(withOffset, input);
  const date = SEPARATED.exec(text) ?? CHINESE.exec(text) ?? COMPACT.exec(text);
  if (date === null) return failure('E_DATE_FORMAT', input, 'not a recognised date format');
  const parts = date.length === 5 ? [date[1], date[3], date[4]] : [date[1], date[2], date[3]];
  const rest = text.slice(date[0].length);
  if (rest !== '') {
    const time = TIME.exec(rest);
    if (time === null) return failure('E_DATE_FORMAT', input, 'unrecognised text after the date');
    if (!validTime(Number(time[1]), Number(time[2]), Number(time[3] ?? 0))) {
      return failure('E_DATE_INVALID', input, 'no such time of day');
    }
  }
  return fromYmd(Number(parts[0]), Number(parts[1]), Number(parts[2]), input);
}

/**
 * Reads a calendar day (Asia/Shanghai) from what district systems actually send, returning it as
 * `YYYY-MM-DD` or a reason as data (it never throws). Accepted:
 * - text `YYYY-MM-DD`, `YYYY-M-D`, `YYYY/M/D`, `YYYY.M.D`, `YYYY年M月D日`, `YYYYMMDD`, each optionally followed
 *   by a time `HH:mm[:ss[.fff]]` that is dropped; full-width digits and surrounding spaces are fine;
 * - ISO timestamps with `Z` or an offset (`2024-01-05T23:30:00Z`), converted to the Shanghai day;
 * - numbers and all-digit strings: eight digits are `YYYYMMDD`; below 100000 an Excel 1900-system serial
 *   (fraction = time of day, dropped; 60 is the phantom 1900-02-29 and invalid; at most 2958465);
 *   above 10^11 epoch milliseconds; anything between is ambiguous (`E_DATE_FORMAT`). With
 *   `excelSerial: true` every numeric input is a serial;
 * - Date objects (their instant, in Shanghai).
 * A well-formed value naming no real day (`2023-02-29`, `24:00`) is `E_DATE_INVALID`.
 *
 * @example
 * parseCalendarDate('2024年1月5日'); // { ok: true, value: '2024-01-05' }
 * parseCalendarDate('2024-01-05T16:30:00Z'); // { ok: true, value: '2024-01-06' }
 * parseCalendarDate(45296); // { ok: true, value: '2024-01-05' } (Excel serial)
 * parseCalendarDate('2023-02-29'); // { ok: false, code: 'E_DATE_INVALID', message: '…' }
 */
export function parseCalendarDate(
  input: string | number | Date,
  options: ParseCalendarDateOptions = {},
): CalendarDateResult {
  if (input instanceof Date) return fromInstant(instantMs(input), input);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return failure('E_DATE_INVALID', input, 'not a finite number');
    return fromNumeric(
      input,
      Number.isInteger(input) ? String(input) : '',
      options.excelSerial === true,
      input,
    );
  }
  if (typeof input !== 'string') return failure('E_DATE_FORMAT', input, 'expected a string, number or Date');
  return fromText(toHalfWidth(input).trim(), options, input);
}
