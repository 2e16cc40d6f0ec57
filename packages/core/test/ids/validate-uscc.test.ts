import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeUsccCheckChar,
  isValidUscc,
  normalizeIdentifier,
  USCC_CHARSET,
  USCC_DEPARTMENT_CATEGORIES,
  USCC_PLACEHOLDER,
  type UsccResult,
  validateUscc,
} from '../../src/index.js';
import { createRandom, generateUscc } from '../../src/testing/index.js';

/** A code whose position-18 check is right, so only the part under test can be wrong. */
function withCheck(first17: string): string {
  return `${first17}${computeUsccCheckChar(first17)}`;
}

function errorCode(result: UsccResult): string {
  return result.ok ? 'ok' : result.code;
}

const PAIRS = Object.entries(USCC_DEPARTMENT_CATEGORIES).flatMap(([department, { categories }]) =>
  Object.keys(categories).map((category) => ({ department, category })),
);

describe('validateUscc: golden vectors', () => {
  it('accepts the GB 32100 worked example and splits it into its parts', () => {
    expect(validateUscc('91350100M000100Y43')).toEqual({
      ok: true,
      value: '91350100M000100Y43',
      placeholder: false,
      departmentCode: '9',
      categoryCode: '1',
      regionCode: '350100',
      orgCode: 'M000100Y4',
      warnings: [],
    });
  });

  it.each(['914403001922038216', '91440300708461136T', '91330100716105852F', '91330000755918469E'])(
    'accepts the public code %s',
    (code) => {
      const result = validateUscc(code);
      expect(result.ok && result.warnings).toEqual([]);
    },
  );

  it('rejects 91350211M0000XUF46 in strict mode and accepts it with a warning in warn mode', () => {
    const strict = validateUscc('91350211M0000XUF46');
    expect(strict).toMatchObject({ ok: false, code: 'E_USCC_CHECKSUM' });
    expect(strict.ok ? '' : strict.message).toContain("'R'");
    const warn = validateUscc('91350211M0000XUF46', { mode: 'warn' });
    expect(warn.ok).toBe(true);
    expect(warn.ok && warn.warnings.map((w) => w.code)).toEqual(['E_USCC_CHECKSUM']);
  });

  it('rejects the standard’s own counter-example …Y4Z (Z is outside the code set)', () => {
    expect(errorCode(validateUscc('91350100M000100Y4Z'))).toBe('E_USCC_CHARSET');
  });

  it('recognises the placeholder by name in both modes, whatever its spelling', () => {
    for (const input of [USCC_PLACEHOLDER, '00000000000000000x', '０００００ ０００００ ０００００ ００Ｘ']) {
      for (const mode of ['strict', 'warn'] as const) {
        expect(validateUscc(input, { mode })).toMatchObject({
          ok: true,
          placeholder: true,
          value: USCC_PLACEHOLDER,
          warnings: [],
        });
      }
    }
  });
});

describe('validateUscc: each error code', () => {
  it.each([
    ['E_USCC_EMPTY', ''],
    ['E_USCC_EMPTY', ' \u3000\u00a0'],
    ['E_USCC_LENGTH', '91350100M000100Y4'],
    ['E_USCC_LENGTH', '91350100M000100Y433'],
    ['E_USCC_CHARSET', '91350100M000100I43'],
    ['E_USCC_CHARSET', '91350100O000100Y43'],
    ['E_USCC_CHARSET', '913501００M０００1００Y4公'],
    ['E_USCC_REGION', withCheck('91A50100M000100Y4')],
    ['E_USCC_REGION', withCheck('91000000M000100Y4')],
    ['E_ORG_CHECKSUM', withCheck('91350100M000100Y5')],
    ['E_USCC_CHECKSUM', '91350100M000100Y44'],
  ])('%s for %j', (code, input) => {
    expect(errorCode(validateUscc(input))).toBe(code);
    expect(isValidUscc(input)).toBe(false);
  });

  it('treats a missing value from untyped callers as empty', () => {
    expect(errorCode(validateUscc(undefined as unknown as string))).toBe('E_USCC_EMPTY');
  });

  it('keeps structural errors fatal in warn mode', () => {
    expect(errorCode(validateUscc(withCheck('91000000M000100Y4'), { mode: 'warn' }))).toBe('E_USCC_REGION');
    expect(errorCode(validateUscc('91350100M000100I43', { mode: 'warn' }))).toBe('E_USCC_CHARSET');
  });

  it('downgrades a failed embedded organisation-code check to a warning in warn mode', () => {
    const result = validateUscc(withCheck('91350100M000100Y5'), { mode: 'warn' });
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['E_ORG_CHECKSUM']);
  });

  it('warns, in both modes, about a department/category pair outside the table', () => {
    const code = withCheck('54350100M000100Y4');
    for (const mode of ['strict', 'warn'] as const) {
      const result = validateUscc(code, { mode });
      expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['W_USCC_CATEGORY']);
    }
    expect(validateUscc(withCheck('Y1350100M000100Y4'))).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('validateUscc: properties', () => {
  it('accepts generated codes for every department/category pair of the table', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...PAIRS), (seed, pair) => {
        const code = generateUscc(createRandom(seed), pair);
        expect(validateUscc(code)).toMatchObject({ ok: true, value: code, warnings: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('detects every single-character substitution of a valid code in strict mode', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...PAIRS), (seed, pair) => {
        const code = generateUscc(createRandom(seed), pair);
        const accepted: string[] = [];
        for (let i = 0; i < code.length; i++) {
          for (const char of USCC_CHARSET) {
            if (char === code.charAt(i)) continue;
            const mutated = `${code.slice(0, i)}${char}${code.slice(i + 1)}`;
            if (validateUscc(mutated).ok) accepted.push(mutated);
          }
        }
        expect(accepted).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('validateUscc code set (property)', () => {
  it('refuses exactly the codes with a character outside the code set, naming the first such position', () => {
    const unit = fc.constantFrom(...USCC_CHARSET, 'I', 'O', 'S', 'V', 'Z', 'a', '-', '\u00e9', '\ud800');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 18, maxLength: 18 }), fc.boolean(), (code, warn) => {
        const result = validateUscc(code, warn ? { mode: 'warn' } : {});
        const normalized = normalizeIdentifier(code);
        const stray = [...normalized].findIndex((char) => !USCC_CHARSET.includes(char));
        if (normalized.length !== 18 || normalized === USCC_PLACEHOLDER) return;
        if (stray < 0) expect(errorCode(result)).not.toBe('E_USCC_CHARSET');
        else {
          expect(errorCode(result)).toBe('E_USCC_CHARSET');
          expect(result.ok ? '' : result.message).toContain(
            `position ${stray + 1} has ${JSON.stringify(code[stray])}`,
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
