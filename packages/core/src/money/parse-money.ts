import { redactText } from '../mask/index.js';
import { formatFen } from './format-fen.js';
import { toHalfWidth } from './internal/to-half-width.js';
import { unitScale } from './internal/unit-scale.js';
import type { MoneyUnit } from './money-unit.js';

/**
 * Why an amount was refused: `E_MONEY_FORMAT` (not a decimal amount), `E_MONEY_PRECISION` (finer than
 * one fen), `E_MONEY_RANGE` (more fen than `Number.MAX_SAFE_INTEGER`, or a number too large to tell
 * fen apart), `E_MONEY_NEGATIVE` (a minus sign).
 */
export type MoneyErrorCode = 'E_MONEY_FORMAT' | 'E_MONEY_PRECISION' | 'E_MONEY_RANGE' | 'E_MONEY_NEGATIVE';

/** Outcome of {@link parseMoney}: integer fen, or why there are none. */
export type MoneyResult = { ok: true; fen: number } | { ok: false; code: MoneyErrorCode; message: string };

const UNIT_SUFFIX = /^(.*?)\s*(万元|元)$/s;
const DECIMAL = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const EXPONENT = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const SAFE_DIGITS = 15;

function failure(code: MoneyErrorCode, input: unknown, reason: string): MoneyResult {
  const shown = JSON.stringify(redactText(String(input)).slice(0, 40));
  return { ok: false, code, message: `[parseMoney] ${shown}: ${reason}` };
}

/** Writes `String(n)`'s exponent form (`1e-7`, `1.5e+21`) as plain digits, moving the point as text. */
function expandExponent(text: string): string {
  const match = EXPONENT.exec(text);
  if (match === null) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function parseDecimal(text: string, unit: MoneyUnit, input: unknown): MoneyResult {
  const negative = /^[-\u2212]/.test(text);
  const body = negative ? text.slice(1) : text;
  const match = DECIMAL.exec(body);
  if (match === null) return failure('E_MONEY_FORMAT', input, 'not a decimal amount like 2,000.50');
  if (negative) return failure('E_MONEY_NEGATIVE', input, 'amounts cannot be negative');
  const scale = unitScale(unit);
  // Trailing zeros carry no precision: 1.230 元 is 123 fen.
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > scale) {
    return failure('E_MONEY_PRECISION', input, `more precise than 1 fen (${scale} decimals in ${unit})`);
  }
  const digits = `${(match[1] ?? '').replaceAll(',', '')}${fraction.padEnd(scale, '0')}`;
  // Up to 15 digits are below 2^53, where Number reads decimal digits exactly; longer goes through BigInt.
  if (digits.length <= SAFE_DIGITS) return { ok: true, fen: Number(digits) };
  const fen = BigInt(digits);
  if (fen > MAX_SAFE) return failure('E_MONEY_RANGE', input, 'more fen than Number.MAX_SAFE_INTEGER');
  return { ok: true, fen: Number(fen) };
}

function parseNumber(value: number, unit: MoneyUnit): MoneyResult {
  if (!Number.isFinite(value)) return failure('E_MONEY_FORMAT', value, 'not a finite number');
  const result = parseDecimal(expandExponent(String(value)), unit, value);
  if (!result.ok) return result;
  // A binary number is only an amount if no neighbouring fen value reads back as the same number.
  const neighbours = [result.fen - 1, result.fen + 1].filter((fen) => fen >= 0 && Number.isSafeInteger(fen));
  if (neighbours.some((fen) => Number(formatFen(fen, unit)) === value)) {
    return failure(
      'E_MONEY_RANGE',
      value,
      'number too large to carry single fen; pass the amount as a string',
    );
  }
  return result;
}

/**
 * Reads an amount into integer fen (分) exactly, digit by digit, never through binary floating point.
 * Text may use thousands separators (`2,000.50`), full-width digits, surrounding spaces and a trailing
 * unit word `元` or `万元`; a unit word in the text wins over `unit`, which applies to bare numbers.
 * A number is read through its shortest decimal form (`String(n)`, exponent forms expanded), so float
 * noise such as `0.1 + 0.2` is refused as too precise rather than rounded. Data problems come back as
 * a result; an unknown `unit` argument is a programming error and throws.
 *
 * @example
 * parseMoney('0.2', 'wan_yuan'); // { ok: true, fen: 200000 } (CF_NR_FK 0.2 万元 = 2000 元)
 * parseMoney('2,000.50元', 'wan_yuan'); // { ok: true, fen: 200050 } (the unit word wins)
 * parseMoney('1.234', 'yuan'); // { ok: false, code: 'E_MONEY_PRECISION', message: '…' }
 */
export function parseMoney(input: string | number, unit: MoneyUnit): MoneyResult {
  // An unknown unit is a caller bug even when the text names its own unit, so it fails every time.
  unitScale(unit);
  if (typeof input === 'number') return parseNumber(input, unit);
  if (typeof input !== 'string') return failure('E_MONEY_FORMAT', input, 'expected a string or number');
  const text = toHalfWidth(input).trim();
  const withUnit = UNIT_SUFFIX.exec(text);
  if (withUnit === null) return parseDecimal(text, unit, input);
  return parseDecimal(withUnit[1] ?? '', withUnit[2] === '万元' ? 'wan_yuan' : 'yuan', input);
}
