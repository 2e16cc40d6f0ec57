import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeIdNumberCheckChar,
  type IdNumberResult,
  isCreditBridgeError,
  isValidIdNumber,
  maskIdNumber,
  validateIdNumber,
} from '../../src/index.js';
import { createRandom, generateIdNumber } from '../../src/testing/index.js';

const TODAY = '2026-06-30';

function withCheck(first17: string): string {
  return `${first17}${computeIdNumberCheckChar(first17)}`;
}

function errorCode(result: IdNumberResult): string {
  return result.ok ? 'ok' : result.code;
}

describe('validateIdNumber: golden vectors', () => {
  it('accepts the GB 11643-1999 appendix A examples and reads their parts', () => {
    expect(validateIdNumber('11010519491231002X', { today: TODAY })).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      regionCode: '110105',
    });
    expect(validateIdNumber('440524188001010014', { today: TODAY })).toEqual({
      ok: true,
      value: '440524188001010014',
      birthDate: '1880-01-01',
      sex: 'male',
      regionCode: '440524',
    });
  });

  it.each(['34052419800101001X', '370101190102039973'])('accepts %s', (id) => {
    expect(isValidIdNumber(id, { today: TODAY })).toBe(true);
  });

  it('accepts a lower-case x and full-width or spaced input, returning the machine form', () => {
    for (const input of [
      '11010519491231002x',
      '１１０１０５ １９４９１２３１ ００２ｘ',
      '110105\u300019491231\u00a0002X',
    ]) {
      expect(validateIdNumber(input, { today: TODAY })).toMatchObject({
        ok: true,
        value: '11010519491231002X',
      });
    }
  });

  it('defaults today to the current date in Asia/Shanghai', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(errorCode(validateIdNumber(withCheck('11010529991231002')))).toBe('E_ID_DATE');
  });
});

describe('validateIdNumber: each error code', () => {
  it.each([
    ['E_ID_EMPTY', ''],
    ['E_ID_EMPTY', '\u3000 '],
    ['E_ID_LENGTH', '11010519491231002'],
    ['E_ID_LENGTH', '11010519491231002X1'],
    ['E_ID_CHARSET', '1101051949123100XX'],
    ['E_ID_CHARSET', '11010519491231A02X'],
    ['E_ID_REGION', withCheck('01010519491231002')],
    ['E_ID_REGION', withCheck('91010519491231002')],
    ['E_ID_REGION', withCheck('00000019491231002')],
    ['E_ID_DATE', withCheck('11010519491232002')],
    ['E_ID_DATE', withCheck('11010519490229002')],
    ['E_ID_DATE', withCheck('11010519491300002')],
    ['E_ID_DATE', withCheck('11010517991231002')],
    ['E_ID_DATE', withCheck('11010520260701002')],
    ['E_ID_CHECKSUM', '110105194912310021'],
  ])('%s for %s', (code, input) => {
    expect(errorCode(validateIdNumber(input, { today: TODAY }))).toBe(code);
  });

  it('accepts 29 February of a leap year, the earliest birth date and a birth date of today', () => {
    expect(isValidIdNumber(withCheck('11010520000229002'), { today: TODAY })).toBe(true);
    expect(isValidIdNumber(withCheck('11010518000101002'), { today: TODAY })).toBe(true);
    expect(isValidIdNumber(withCheck('11010520260630002'), { today: TODAY })).toBe(true);
  });

  it('points a 15-digit legacy number to upgradeIdNumber', () => {
    const result = validateIdNumber('110105491231002', { today: TODAY });
    expect(result).toMatchObject({ ok: false, code: 'E_ID_LENGTH' });
    expect(result.ok ? '' : result.message).toContain('upgradeIdNumber');
  });

  it('never quotes the number unmasked in a message', () => {
    const failing = [
      '1101051949123100XX',
      withCheck('91010519491231002'),
      withCheck('11010519491232002'),
      withCheck('11010520260701002'),
      '110105194912310021',
      '110105491231002',
      '11010519491231002X1',
    ];
    for (const input of failing) {
      const result = validateIdNumber(input, { today: TODAY });
      if (result.ok) throw new Error(`expected ${maskIdNumber(input)} to fail`);
      expect(result.message).not.toContain(input);
      expect(result.message).not.toContain(input.slice(3, 14));
      expect(result.message).toContain(maskIdNumber(input));
    }
  });

  it('throws E_ARGUMENT for a malformed today', () => {
    for (const today of ['2026-02-30', '20260630', 'today']) {
      let code: string | undefined;
      try {
        validateIdNumber('11010519491231002X', { today });
      } catch (error) {
        code = isCreditBridgeError(error) ? error.code : 'other';
      }
      expect(code).toBe('E_ARGUMENT');
    }
  });
});

describe('validateIdNumber: properties', () => {
  it('accepts generated numbers and reads back their sex and region', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom('male', 'female') as fc.Arbitrary<'male' | 'female'>,
        (seed, sex) => {
          const id = generateIdNumber(createRandom(seed), { sex });
          expect(validateIdNumber(id, { today: TODAY })).toMatchObject({
            ok: true,
            value: id,
            sex,
            regionCode: id.slice(0, 6),
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('detects every single-character substitution of a valid number', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const id = generateIdNumber(createRandom(seed));
        const accepted: string[] = [];
        for (let i = 0; i < id.length; i++) {
          for (const char of '0123456789X') {
            if (char === id.charAt(i)) continue;
            const mutated = `${id.slice(0, i)}${char}${id.slice(i + 1)}`;
            if (isValidIdNumber(mutated, { today: TODAY })) accepted.push(maskIdNumber(mutated));
          }
        }
        expect(accepted).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
