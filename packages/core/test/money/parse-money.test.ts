import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFen, type MoneyUnit, parseMoney } from '../../src/index.js';

const fen = (value: number) => ({ ok: true, fen: value });

function codeOf(result: ReturnType<typeof parseMoney>): string {
  return result.ok ? `ok ${result.fen}` : result.code;
}

/** Moves the decimal point of a plain decimal string `places` to the right, as text. */
function shiftPoint(text: string, places: number): string {
  const [whole = '', fraction = ''] = text.split('.');
  const digits = whole + fraction.padEnd(places, '0');
  const point = whole.length + places;
  const shifted = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return shifted.endsWith('.') ? shifted.slice(0, -1) : shifted;
}

describe('parseMoney: text', () => {
  it('reads plain, grouped, full-width and spaced amounts', () => {
    expect(parseMoney('2000', 'yuan')).toEqual(fen(200000));
    expect(parseMoney('2000.5', 'yuan')).toEqual(fen(200050));
    expect(parseMoney('2,000.50', 'yuan')).toEqual(fen(200050));
    expect(parseMoney('1,234,567.89', 'yuan')).toEqual(fen(123456789));
    expect(parseMoney('0.2', 'wan_yuan')).toEqual(fen(200000));
    expect(parseMoney('0.000001', 'wan_yuan')).toEqual(fen(1));
    expect(parseMoney('２，０００．５０', 'yuan')).toEqual(fen(200050));
    expect(parseMoney(' \u30000.2\t', 'wan_yuan')).toEqual(fen(200000));
    expect(parseMoney('0', 'yuan')).toEqual(fen(0));
    expect(parseMoney('007', 'yuan')).toEqual(fen(700));
    expect(parseMoney('1.230', 'yuan')).toEqual(fen(123));
  });

  it('lets a trailing unit word override the unit argument', () => {
    expect(parseMoney('0.2万元', 'yuan')).toEqual(fen(200000));
    expect(parseMoney('2000元', 'wan_yuan')).toEqual(fen(200000));
    expect(parseMoney(' 2,000.50 元 ', 'wan_yuan')).toEqual(fen(200050));
    expect(parseMoney('０．２万元', 'yuan')).toEqual(fen(200000));
  });

  it('refuses amounts finer than one fen with E_MONEY_PRECISION', () => {
    for (const [text, unit] of [
      ['0.0000001', 'wan_yuan'],
      ['1.234', 'yuan'],
      ['0.001元', 'wan_yuan'],
      ['1.0000001万元', 'yuan'],
    ] as const) {
      expect(codeOf(parseMoney(text, unit)), text).toBe('E_MONEY_PRECISION');
    }
  });

  it('refuses more fen than Number.MAX_SAFE_INTEGER with E_MONEY_RANGE', () => {
    expect(parseMoney('90071992547409.91', 'yuan')).toEqual(fen(Number.MAX_SAFE_INTEGER));
    expect(parseMoney('9007199254.740991', 'wan_yuan')).toEqual(fen(Number.MAX_SAFE_INTEGER));
    expect(codeOf(parseMoney('90071992547409.92', 'yuan'))).toBe('E_MONEY_RANGE');
    expect(codeOf(parseMoney('1000000000000000000000', 'yuan'))).toBe('E_MONEY_RANGE');
  });

  it('refuses a minus sign with E_MONEY_NEGATIVE', () => {
    for (const text of ['-1', '-0.2万元', '−5', '－５']) {
      expect(codeOf(parseMoney(text, 'yuan')), text).toBe('E_MONEY_NEGATIVE');
    }
  });

  it('refuses anything but a decimal amount with E_MONEY_FORMAT', () => {
    const inputs = [
      '',
      ' ',
      '元',
      'abc',
      '1,00',
      '1,0000',
      '12,345,67',
      '.5',
      '5.',
      '1e3',
      '+1',
      '1 2',
      '0.2万',
      '¥20',
    ];
    for (const text of [...inputs, '2000美元', '-abc', '1..2', '0x10']) {
      expect(codeOf(parseMoney(text, 'yuan')), text).toBe('E_MONEY_FORMAT');
    }
  });

  it('masks an identity number echoed in a failure message', () => {
    const result = parseMoney('11010519491231002X', 'yuan');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('19491231');
  });

  it('reads x 万元 exactly as x × 10000 元, for any decimal text', () => {
    const decimal = fc
      .tuple(fc.stringMatching(/^[1-9]\d{0,11}$|^0$/), fc.stringMatching(/^\d{0,9}$/))
      .map(([whole, fraction]) => (fraction === '' ? whole : `${whole}.${fraction}`));
    fc.assert(
      fc.property(decimal, (text) => {
        const inWan = parseMoney(text, 'wan_yuan');
        const inYuan = parseMoney(shiftPoint(text, 4), 'yuan');
        expect(inWan.ok ? inWan.fen : inWan.code).toEqual(inYuan.ok ? inYuan.fen : inYuan.code);
      }),
    );
  });
});

describe('parseMoney: numbers', () => {
  it('reads numbers through their shortest decimal form', () => {
    expect(parseMoney(0.2, 'wan_yuan')).toEqual(fen(200000));
    expect(parseMoney(2000, 'yuan')).toEqual(fen(200000));
    expect(parseMoney(2000.5, 'yuan')).toEqual(fen(200050));
    expect(parseMoney(0.000001, 'wan_yuan')).toEqual(fen(1));
    expect(parseMoney(-0, 'yuan')).toEqual(fen(0));
  });

  it('refuses float noise and exponent forms that lose fen as too precise', () => {
    expect(codeOf(parseMoney(0.1 + 0.2, 'yuan'))).toBe('E_MONEY_PRECISION');
    expect(codeOf(parseMoney(1e-7, 'wan_yuan'))).toBe('E_MONEY_PRECISION');
    expect(codeOf(parseMoney(1.5e-7, 'wan_yuan'))).toBe('E_MONEY_PRECISION');
  });

  it('refuses numbers too large for safe fen or too coarse to carry single fen with E_MONEY_RANGE', () => {
    expect(codeOf(parseMoney(1e21, 'yuan'))).toBe('E_MONEY_RANGE');
    expect(codeOf(parseMoney(2e15, 'yuan'))).toBe('E_MONEY_RANGE');
    // Doubles near 9e13 are 1/64 apart, so this literal cannot mean one fen more or less.
    expect(codeOf(parseMoney(90071992547409.91, 'yuan'))).toBe('E_MONEY_RANGE');
  });

  it('refuses negative and non-finite numbers', () => {
    expect(codeOf(parseMoney(-5, 'yuan'))).toBe('E_MONEY_NEGATIVE');
    expect(codeOf(parseMoney(Number.NaN, 'yuan'))).toBe('E_MONEY_FORMAT');
    expect(codeOf(parseMoney(Number.POSITIVE_INFINITY, 'wan_yuan'))).toBe('E_MONEY_FORMAT');
  });

  it('reads back any fen amount written as a JavaScript number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 46 }),
        fc.constantFrom<MoneyUnit>('yuan', 'wan_yuan'),
        (amount, unit) => {
          expect(parseMoney(Number(formatFen(amount, unit)), unit)).toEqual(fen(amount));
        },
      ),
    );
  });

  it('throws on an unknown unit argument', () => {
    expect(() => parseMoney('1', 'jiao' as MoneyUnit)).toThrow(/unknown unit/);
  });
});
