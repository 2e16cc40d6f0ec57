import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFen, isCreditBridgeError, type MoneyUnit, parseMoney } from '../../src/index.js';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'foreign error';
  }
  return 'no error';
}

const units = fc.constantFrom<MoneyUnit>('yuan', 'wan_yuan');

describe('formatFen', () => {
  it('writes canonical decimals without trailing zeros', () => {
    expect(formatFen(200000, 'wan_yuan')).toBe('0.2');
    expect(formatFen(200000, 'yuan')).toBe('2000');
    expect(formatFen(200050, 'yuan')).toBe('2000.5');
    expect(formatFen(1, 'wan_yuan')).toBe('0.000001');
    expect(formatFen(1, 'yuan')).toBe('0.01');
    expect(formatFen(0, 'yuan')).toBe('0');
    expect(formatFen(Number.MAX_SAFE_INTEGER, 'yuan')).toBe('90071992547409.91');
    expect(formatFen(-150, 'yuan')).toBe('-1.5');
  });

  it('pads to minFractionDigits', () => {
    expect(formatFen(200000, 'yuan', { minFractionDigits: 2 })).toBe('2000.00');
    expect(formatFen(200050, 'yuan', { minFractionDigits: 2 })).toBe('2000.50');
    expect(formatFen(200000, 'wan_yuan', { minFractionDigits: 6 })).toBe('0.200000');
    expect(formatFen(123456, 'wan_yuan', { minFractionDigits: 2 })).toBe('0.123456');
  });

  it('refuses unsafe amounts and impossible digit counts', () => {
    expect(codeOf(() => formatFen(0.5, 'yuan'))).toBe('E_MONEY_RANGE');
    expect(codeOf(() => formatFen(2 ** 53, 'yuan'))).toBe('E_MONEY_RANGE');
    expect(codeOf(() => formatFen(1, 'yuan', { minFractionDigits: 3 }))).toBe('E_MONEY_FORMAT');
    expect(codeOf(() => formatFen(1, 'wan_yuan', { minFractionDigits: -1 }))).toBe('E_MONEY_FORMAT');
  });

  it('round-trips through parseMoney for any safe fen in both units', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), units, fc.nat({ max: 6 }), (amount, unit, digits) => {
        const minFractionDigits = unit === 'yuan' ? Math.min(digits, 2) : digits;
        expect(parseMoney(formatFen(amount, unit, { minFractionDigits }), unit)).toEqual({
          ok: true,
          fen: amount,
        });
        expect(parseMoney(`${formatFen(amount, unit)}${unit === 'yuan' ? '元' : '万元'}`, 'yuan')).toEqual({
          ok: true,
          fen: amount,
        });
      }),
    );
  });

  it('never writes an exponent, a separator or a trailing zero', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), units, (amount, unit) => {
        expect(formatFen(amount, unit)).toMatch(/^(0|[1-9]\d*)(\.\d*[1-9])?$/);
      }),
    );
  });
});
