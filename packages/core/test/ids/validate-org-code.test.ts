import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidOrgCode, validateOrgCode } from '../../src/index.js';
import { createRandom, generateOrgCode } from '../../src/testing/index.js';

const BODY_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CHECK_CHARS = '0123456789X';

function orgValue(char: string): number {
  return BODY_CHARS.indexOf(char);
}

describe('validateOrgCode', () => {
  it('accepts the organisation code of the GB 32100 example in machine and human form', () => {
    expect(validateOrgCode('M000100Y4')).toEqual({ ok: true, value: 'M000100Y4' });
    expect(validateOrgCode('m000100y-4')).toEqual({ ok: true, value: 'M000100Y4' });
    expect(validateOrgCode('Ｍ０００１００Ｙ－４')).toEqual({ ok: true, value: 'M000100Y4' });
  });

  it('accepts the organisation codes embedded in public USCCs', () => {
    for (const code of ['192203821', '708461136', '716105852', '755918469']) {
      expect(isValidOrgCode(code)).toBe(true);
    }
  });

  it.each([
    ['E_ORG_EMPTY', ''],
    ['E_ORG_EMPTY', ' - '],
    ['E_ORG_LENGTH', 'M000100Y'],
    ['E_ORG_LENGTH', '91350100M000100Y43'],
    ['E_ORG_CHARSET', 'M000100YA'],
    ['E_ORG_CHARSET', 'M00*100Y4'],
    ['E_ORG_CHECKSUM', 'M000100Y5'],
  ])('%s for %j', (code, input) => {
    const result = validateOrgCode(input);
    expect(result.ok ? 'ok' : result.code).toBe(code);
    expect(isValidOrgCode(input)).toBe(false);
  });

  it('accepts generated codes', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const code = generateOrgCode(createRandom(seed));
        expect(validateOrgCode(code)).toEqual({ ok: true, value: code });
      }),
      { numRuns: 200 },
    );
  });

  // GB 11714's mod-11 check cannot see a body substitution whose value difference is a multiple of 11
  // (e.g. 0 ↔ B, 1 ↔ C): letters are worth 10–35. Every other substitution must be caught.
  it('detects exactly the single-character substitutions the mod-11 check can see', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const code = generateOrgCode(createRandom(seed));
        const wrong: string[] = [];
        for (let i = 0; i < code.length; i++) {
          const alphabet = i < 8 ? BODY_CHARS : CHECK_CHARS;
          for (const char of alphabet) {
            if (char === code.charAt(i)) continue;
            const mutated = `${code.slice(0, i)}${char}${code.slice(i + 1)}`;
            const invisible = i < 8 && (orgValue(char) - orgValue(code.charAt(i))) % 11 === 0;
            if (isValidOrgCode(mutated) !== invisible) wrong.push(mutated);
          }
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('detects every substitution of a digit by another digit', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const code = generateOrgCode(createRandom(seed));
        const accepted: string[] = [];
        for (let i = 0; i < code.length; i++) {
          for (const char of '0123456789') {
            if (char === code.charAt(i) || !/\d/.test(code.charAt(i))) continue;
            const mutated = `${code.slice(0, i)}${char}${code.slice(i + 1)}`;
            if (isValidOrgCode(mutated)) accepted.push(mutated);
          }
        }
        expect(accepted).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
