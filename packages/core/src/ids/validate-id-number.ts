import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import { maskIdNumber } from '../mask/mask-id-number.js';
import { computeIdNumberCheckChar } from './compute-id-number-check-char.js';
import { isCalendarDate, isIsoCalendarDate, todayInShanghai } from './internal/calendar-date.js';
import { normalizeIdentifier } from './normalize-identifier.js';

/** Why an identity number was rejected. */
export type IdNumberErrorCode =
  | 'E_ID_EMPTY'
  | 'E_ID_LENGTH'
  | 'E_ID_CHARSET'
  | 'E_ID_REGION'
  | 'E_ID_DATE'
  | 'E_ID_CHECKSUM';

/** Outcome of {@link validateIdNumber}: the number's parts, or why it was rejected. */
export type IdNumberResult =
  | {
      ok: true;
      /** The number in machine form (upper-case `X`). */
      value: string;
      /** Positions 7–14 as `YYYY-MM-DD`. */
      birthDate: string;
      /** From the parity of position 17 (odd: male). */
      sex: 'male' | 'female';
      /** Positions 1–6, the GB/T 2260 address code. */
      regionCode: string;
    }
  | { ok: false; code: IdNumberErrorCode; message: string };

/** Options of {@link validateIdNumber}. */
export interface ValidateIdNumberOptions {
  /** The day a birth date may not exceed, `YYYY-MM-DD`; default today in Asia/Shanghai. */
  today?: string;
}

// The standard's own example 440524188001010014 (GB 11643-1999 appendix A) was born in 1880, so the
// floor sits at 1800 to keep that example valid while still rejecting garbage years.
const EARLIEST_BIRTH_DATE = '1800-01-01';

/**
 * Validates an 18-character citizen identity number (GB 11643-1999): digits with a final digit or
 * `X`, an address code starting 1–8, a real birth date between 1800-01-01 and `today`, and the
 * ISO 7064 MOD 11-2 check. The input is normalised first; a 15-digit legacy number is rejected with a
 * pointer to `upgradeIdNumber`. Messages only ever quote the number masked.
 * Throws `CreditBridgeError` `E_ARGUMENT` when `options.today` is not a `YYYY-MM-DD` date.
 *
 * @example
 * validateIdNumber('11010519491231002X');
 * // { ok: true, value: '11010519491231002X', birthDate: '1949-12-31', sex: 'female', regionCode: '110105' }
 */
export function validateIdNumber(input: string, options: ValidateIdNumberOptions = {}): IdNumberResult {
  const today = options.today ?? todayInShanghai();
  if (!isIsoCalendarDate(today)) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[validateIdNumber] options.today must be a YYYY-MM-DD date, got '${today}'`,
    });
  }
  const value = typeof input === 'string' ? normalizeIdentifier(input) : '';
  if (value === '') return fail('E_ID_EMPTY', 'identity number is empty');
  if (value.length === 15) {
    return fail(
      'E_ID_LENGTH',
      `identity number ${maskIdNumber(value)} has 15 characters, the legacy GB 11643-1989 form; convert it with upgradeIdNumber first`,
    );
  }
  if (value.length !== 18) {
    return fail(
      'E_ID_LENGTH',
      `identity number ${maskIdNumber(value)} must be 18 characters, got ${value.length}`,
    );
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return fail(
      'E_ID_CHARSET',
      `identity number ${maskIdNumber(value)} must be 17 digits followed by a digit or X`,
    );
  }
  const regionCode = value.slice(0, 6);
  // GB/T 2260 province codes start 1–8; 9 is unassigned and 0 would make '000000' possible.
  if (!/^[1-8]/.test(regionCode)) {
    return fail(
      'E_ID_REGION',
      `identity number ${maskIdNumber(value)}: positions 1–6 are not an address code`,
    );
  }
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isCalendarDate(year, month, day)) {
    return fail(
      'E_ID_DATE',
      `identity number ${maskIdNumber(value)}: positions 7–14 are not a calendar date`,
    );
  }
  if (birthDate < EARLIEST_BIRTH_DATE || birthDate > today) {
    return fail(
      'E_ID_DATE',
      `identity number ${maskIdNumber(value)}: birth date is before ${EARLIEST_BIRTH_DATE} or after ${today}`,
    );
  }
  if (computeIdNumberCheckChar(value.slice(0, 17)) !== value.charAt(17)) {
    return fail(
      'E_ID_CHECKSUM',
      `identity number ${maskIdNumber(value)}: check character does not match (MOD 11-2)`,
    );
  }
  const sex = Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, birthDate, sex, regionCode };
}

/**
 * True when {@link validateIdNumber} accepts the input.
 *
 * @example
 * isValidIdNumber('11010519491231002X'); // true
 */
export function isValidIdNumber(input: string, options: ValidateIdNumberOptions = {}): boolean {
  return validateIdNumber(input, options).ok;
}

function fail(code: IdNumberErrorCode, message: string): IdNumberResult {
  return { ok: false, code, message };
}
