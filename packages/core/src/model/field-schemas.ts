import { z } from 'zod';
import { isCalendarDate } from '../time/calendar-date.js';

const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,9})?\+08:00$/;

/**
 * A calendar date `YYYY-MM-DD` that exists (no 2025-02-29). Dates in the model carry no time and no
 * zone; they are days in Asia/Shanghai.
 */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine(isCalendarDate, { message: 'is not a calendar date', params: { code: 'E_FORMAT' } });

/** An ISO 8601 timestamp with seconds and the Asia/Shanghai offset, e.g. `2026-04-01T09:30:00+08:00`. */
export const timestampSchema = z
  .string()
  .regex(ISO_TIMESTAMP, { message: 'must be an ISO timestamp ending +08:00' })
  .refine((value) => isCalendarDate(value.slice(0, 10)), {
    message: 'is not a calendar date',
    params: { code: 'E_FORMAT' },
  });

/** A six-digit GB/T 2260 administrative division code, kept as a string (e.g. `420113` 汉南区). */
export const regionCodeSchema = z
  .string()
  .regex(/^(?!000000)\d{6}$/, { message: 'must be a six-digit GB/T 2260 region code' });

/**
 * The shape of a unified social credit code: 18 digits or upper-case letters. The GB 32100 checks
 * (code set, check characters) are record validation's job, so this schema only fixes the form.
 */
export const usccSchema = z
  .string()
  .regex(/^[0-9A-Z]{18}$/, { message: 'must be 18 digits or upper-case letters' });

/** An amount of money as a non-negative safe integer number of fen (分); never a float of 元. */
export const fenSchema = z.number().int().nonnegative();

/** An SM3 digest as 64 lower-case hex characters. */
export const sm3HexSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'must be 64 lower-case hex characters' });

/** A machine code such as a source-system code: ASCII letters, digits, `.`, `_`, `-`, 1–64 characters. */
export const systemCodeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
  message: 'must be 1–64 ASCII letters, digits, ".", "_" or "-"',
});

const NOT_BLANK = /\S/;

/**
 * Required free text: not blank, and at most `maxLength` characters when given (the DDL lengths of
 * domain reference §3.2; `text` columns have none).
 */
export function textSchema(maxLength?: number): z.ZodString {
  // `\S` is a character trim() keeps: the test allocates no trimmed copy of every text of every record.
  const nonBlank = z.string().refine((value) => NOT_BLANK.test(value), {
    message: 'must not be blank',
    params: { code: 'E_REQUIRED' },
  });
  return maxLength === undefined ? nonBlank : nonBlank.max(maxLength);
}
