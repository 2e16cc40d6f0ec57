import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizeIdentifier,
  USCC_CHARSET,
  validateIdNumber,
  validateOrgCode,
  validateUscc,
} from '../../src/index.js';

const SPACES = [' ', '\t', '\u3000', '\u00a0', '\u2002', '\u200b'];

function toFullWidth(text: string, mask: readonly boolean[]): string {
  return Array.from(text, (char, i) =>
    mask[i] && char >= '!' && char <= '~' ? String.fromCharCode(char.charCodeAt(0) + 0xfee0) : char,
  ).join('');
}

function insertAt(text: string, inserts: readonly { at: number; space: string }[]): string {
  let out = text;
  for (const { at, space } of inserts) {
    const i = Math.min(at, out.length);
    out = `${out.slice(0, i)}${space}${out.slice(i)}`;
  }
  return out;
}

/** A string that looks like an identifier, plus a way to disguise it. */
const disguised = fc
  .record({
    text: fc.string({ unit: fc.constantFrom(...`${USCC_CHARSET}XIOZSV-`), minLength: 0, maxLength: 20 }),
    fullWidth: fc.array(fc.boolean(), { maxLength: 20 }),
    inserts: fc.array(fc.record({ at: fc.nat(20), space: fc.constantFrom(...SPACES) }), { maxLength: 4 }),
    lower: fc.boolean(),
  })
  .map(({ text, fullWidth, inserts, lower }) => {
    const cased = lower ? text.toLowerCase() : text;
    return { text, disguised: insertAt(toFullWidth(cased, fullWidth), inserts) };
  });

describe('normalizeIdentifier', () => {
  it('converts full width, strips spaces and hyphens and upper-cases', () => {
    expect(normalizeIdentifier('ｍ０００１００ｙ－４')).toBe('M000100Y4');
    expect(normalizeIdentifier(' 110105\u300019491231\u00a0002x\n')).toBe('11010519491231002X');
    expect(normalizeIdentifier('M000100Y\u20104')).toBe('M000100Y4');
  });

  it('leaves characters it does not know alone, so validation can report them', () => {
    expect(normalizeIdentifier('9135公司')).toBe('9135公司');
    expect(normalizeIdentifier('ß')).toBe('ß');
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const once = normalizeIdentifier(text);
        expect(normalizeIdentifier(once)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it('undoes full width, inserted spaces and lower case', () => {
    fc.assert(
      fc.property(disguised, ({ text, disguised }) => {
        expect(normalizeIdentifier(disguised)).toBe(normalizeIdentifier(text));
      }),
      { numRuns: 200 },
    );
  });

  it('makes every validator give the same answer for the disguised and the plain form', () => {
    fc.assert(
      fc.property(disguised, ({ text, disguised }) => {
        expect(validateUscc(disguised)).toEqual(validateUscc(text));
        expect(validateUscc(disguised, { mode: 'warn' })).toEqual(validateUscc(text, { mode: 'warn' }));
        expect(validateOrgCode(disguised)).toEqual(validateOrgCode(text));
        expect(validateIdNumber(disguised, { today: '2026-01-01' })).toEqual(
          validateIdNumber(text, { today: '2026-01-01' }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('keeps valid codes valid when disguised', () => {
    for (const [plain, variant] of [
      ['91350100M000100Y43', '９１３５ ０１００ Ｍ０００１００Ｙ４３'],
      ['91350100M000100Y43', '91350100m000100y43'],
      ['11010519491231002X', '110105 19491231 002x'],
    ] as const) {
      expect(normalizeIdentifier(variant)).toBe(plain);
    }
    expect(validateUscc('９１３５ ０１００ ｍ０００１００ｙ４３')).toMatchObject({
      ok: true,
      value: '91350100M000100Y43',
    });
  });
});
