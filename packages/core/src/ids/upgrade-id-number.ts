import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import { maskIdNumber } from '../mask/mask-id-number.js';
import { computeIdNumberCheckChar } from './compute-id-number-check-char.js';
import { isCalendarDate } from './internal/calendar-date.js';
import { normalizeIdentifier } from './normalize-identifier.js';

/**
 * Converts a legacy 15-digit identity number (GB 11643-1989: address, YYMMDD, sequence) to the
 * 18-character form of GB 11643-1999: inserts the century `19` before the birth year and appends the
 * MOD 11-2 check character. The input is normalised first.
 * Throws `CreditBridgeError` `E_ID_LENGTH`, `E_ID_CHARSET`, `E_ID_REGION` or `E_ID_DATE` on bad input.
 *
 * @example
 * upgradeIdNumber('110105491231002'); // '11010519491231002X'
 */
export function upgradeIdNumber(fifteenDigit: string): string {
  const value = typeof fifteenDigit === 'string' ? normalizeIdentifier(fifteenDigit) : '';
  const masked = maskIdNumber(value);
  if (value.length !== 15) {
    throw new CreditBridgeError({
      code: 'E_ID_LENGTH',
      message: `[upgradeIdNumber] expected 15 digits, got ${value.length} characters`,
    });
  }
  if (!/^\d{15}$/.test(value)) {
    throw new CreditBridgeError({
      code: 'E_ID_CHARSET',
      message: `[upgradeIdNumber] ${masked} must be 15 digits`,
    });
  }
  if (!/^[1-8]/.test(value)) {
    throw new CreditBridgeError({
      code: 'E_ID_REGION',
      message: `[upgradeIdNumber] ${masked}: positions 1–6 are not an address code`,
    });
  }
  // GB 11643-1989 numbers carry a two-digit year; the 1999 revision widens it by inserting the century.
  const first17 = `${value.slice(0, 6)}19${value.slice(6)}`;
  const year = Number(first17.slice(6, 10));
  const month = Number(first17.slice(10, 12));
  const day = Number(first17.slice(12, 14));
  if (!isCalendarDate(year, month, day)) {
    throw new CreditBridgeError({
      code: 'E_ID_DATE',
      message: `[upgradeIdNumber] ${masked}: positions 7–12 are not a calendar date`,
    });
  }
  return `${first17}${computeIdNumberCheckChar(first17)}`;
}
