import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCreditBridgeError, validateIdNumber } from '../../src/index.js';
import { createRandom, generateIdNumber, WUHAN_DISTRICT_CODES } from '../../src/testing/index.js';

const TODAY = '2026-01-01';

function thrownCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'not a CreditBridgeError';
  }
  return undefined;
}

describe('generateIdNumber', () => {
  it('is deterministic for a seed (the documented example)', () => {
    expect(generateIdNumber(createRandom(3), { sex: 'female', birthYearRange: [1980, 1989] })).toBe(
      '420114198006037620',
    );
  });

  it('defaults to a Wuhan district, a birth year 1950–2000 and a valid number', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const result = validateIdNumber(generateIdNumber(createRandom(seed)), { today: TODAY });
        if (!result.ok) throw new Error(result.message);
        expect(WUHAN_DISTRICT_CODES).toContain(result.regionCode);
        const year = Number(result.birthDate.slice(0, 4));
        expect(year >= 1950 && year <= 2000).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('honours region, birth year range and sex', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1800, max: 2025 }),
        fc.nat(10),
        fc.constantFrom('male', 'female') as fc.Arbitrary<'male' | 'female'>,
        (seed, from, span, sex) => {
          const to = Math.min(from + span, 2025);
          const id = generateIdNumber(createRandom(seed), {
            regionCode: '110105',
            birthYearRange: [from, to],
            sex,
          });
          const result = validateIdNumber(id, { today: TODAY });
          if (!result.ok) throw new Error(result.message);
          expect(result.regionCode).toBe('110105');
          expect(result.sex).toBe(sex);
          const year = Number(result.birthDate.slice(0, 4));
          expect(year >= from && year <= to).toBe(true);
          expect(id.slice(14, 17)).not.toBe('000');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('throws E_ARGUMENT for a bad region or year range', () => {
    const random = createRandom(1);
    expect(thrownCode(() => generateIdNumber(random, { regionCode: '920102' }))).toBe('E_ARGUMENT');
    expect(thrownCode(() => generateIdNumber(random, { regionCode: '4201' }))).toBe('E_ARGUMENT');
    expect(thrownCode(() => generateIdNumber(random, { birthYearRange: [2000, 1990] }))).toBe('E_ARGUMENT');
    expect(thrownCode(() => generateIdNumber(random, { birthYearRange: [1700, 1990] }))).toBe('E_ARGUMENT');
    expect(thrownCode(() => generateIdNumber(random, { birthYearRange: [1980.5, 1990] }))).toBe('E_ARGUMENT');
  });
});
