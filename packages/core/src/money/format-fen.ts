import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import { unitScale } from './internal/unit-scale.js';
import type { MoneyUnit } from './money-unit.js';

/** Options of {@link formatFen}. */
export interface FormatFenOptions {
  /** Keep at least this many decimals, padding with zeros: 0 (default) up to 2 for 元, 6 for 万元. */
  minFractionDigits?: number;
}

/**
 * Writes an amount of integer fen as a plain decimal in `unit`: no thousands separators, no unit word,
 * no trailing zeros beyond `minFractionDigits`, a leading `-` for a negative amount. Exact: the digits are
 * placed as text, never divided in binary floating point. Throws `E_MONEY_RANGE` when `fen` is not a
 * safe integer and `E_MONEY_FORMAT` when `minFractionDigits` exceeds the unit's places.
 *
 * @example
 * formatFen(200000, 'wan_yuan'); // '0.2'
 * formatFen(200000, 'yuan'); // '2000'
 * formatFen(200000, 'yuan', { minFractionDigits: 2 }); // '2000.00'
 */
export function formatFen(fen: number, unit: MoneyUnit, options: FormatFenOptions = {}): string {
  if (!Number.isSafeInteger(fen)) {
    throw new CreditBridgeError({
      code: 'E_MONEY_RANGE',
      message: `[formatFen] ${String(fen)} is not a safe integer number of fen`,
    });
  }
  const scale = unitScale(unit);
  const minDigits = options.minFractionDigits ?? 0;
  if (!Number.isInteger(minDigits) || minDigits < 0 || minDigits > scale) {
    throw new CreditBridgeError({
      code: 'E_MONEY_FORMAT',
      message: `[formatFen] minFractionDigits must be an integer 0–${scale} for ${unit}, got ${String(minDigits)}`,
    });
  }
  const digits = String(Math.abs(fen)).padStart(scale + 1, '0');
  const whole = digits.slice(0, -scale);
  const fraction = digits.slice(-scale).replace(/0+$/, '').padEnd(minDigits, '0');
  return `${fen < 0 ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}
