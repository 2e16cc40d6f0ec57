import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCreditBridgeError, USCC_CHARSET, validateOrgCode, validateUscc } from '../../src/index.js';
import {
  createRandom,
  generateOrgCode,
  generateUscc,
  WUHAN_DISTRICT_CODES,
} from '../../src/testing/index.js';

function thrownCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'not a CreditBridgeError';
  }
  return undefined;
}

describe('generateUscc', () => {
  it('is deterministic for a seed (the documented example)', () => {
    expect(generateUscc(createRandom(7), { category: '2' })).toBe('92420102MAYMGCE75H');
  });

  it('defaults to an enterprise (91) registered in a Wuhan district', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const result = validateUscc(generateUscc(createRandom(seed)));
        expect(result).toMatchObject({ ok: true, departmentCode: '9', categoryCode: '1', warnings: [] });
        expect(WUHAN_DISTRICT_CODES).toContain(result.ok ? result.regionCode : '');
      }),
      { numRuns: 200 },
    );
  });

  it('uses every district code by default', () => {
    const random = createRandom(3);
    const regions = new Set(Array.from({ length: 400 }, () => generateUscc(random).slice(2, 8)));
    expect([...regions].sort()).toEqual([...WUHAN_DISTRICT_CODES].sort());
  });

  it('honours department, category and region', () => {
    const code = generateUscc(createRandom(1), { department: 'N', category: '2', regionCode: '420100' });
    expect(validateUscc(code)).toMatchObject({
      ok: true,
      departmentCode: 'N',
      categoryCode: '2',
      regionCode: '420100',
      warnings: [],
    });
  });

  it('throws E_ARGUMENT for options outside the code set or region rules', () => {
    const random = createRandom(1);
    expect(thrownCode(() => generateUscc(random, { department: 'I' }))).toBe('E_ARGUMENT');
    expect(thrownCode(() => generateUscc(random, { category: '12' }))).toBe('E_ARGUMENT');
    expect(thrownCode(() => generateUscc(random, { regionCode: '000000' }))).toBe('E_ARGUMENT');
    expect(thrownCode(() => generateUscc(random, { regionCode: '4201' }))).toBe('E_ARGUMENT');
  });
});

describe('generateOrgCode', () => {
  it('is deterministic for a seed (the documented example)', () => {
    expect(generateOrgCode(createRandom(1))).toBe('059926748');
  });

  it('yields valid codes of 8 digits or MA + 6 code-set characters, never the PDY range', () => {
    const shape = new RegExp(`^(?:\\d{8}|MA[${USCC_CHARSET}]{6})[\\dX]$`);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const code = generateOrgCode(createRandom(seed));
        expect(code).toMatch(shape);
        expect(validateOrgCode(code).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('produces both shapes', () => {
    const random = createRandom(2);
    const prefixes = new Set(
      Array.from({ length: 50 }, () => (generateOrgCode(random).startsWith('MA') ? 'MA' : 'digits')),
    );
    expect([...prefixes].sort()).toEqual(['MA', 'digits']);
  });
});
