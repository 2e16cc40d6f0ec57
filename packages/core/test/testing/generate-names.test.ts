import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, generateCompanyName, generatePersonName } from '../../src/testing/index.js';

const HAN = /^\p{Script=Han}+$/u;

describe('generatePersonName', () => {
  it('is deterministic for a seed (the documented example)', () => {
    expect(generatePersonName(createRandom(5))).toBe('朱然军');
  });

  it('yields two to four Han characters', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const name = generatePersonName(createRandom(seed));
        expect(name).toMatch(HAN);
        expect(Array.from(name).length).toBeGreaterThanOrEqual(2);
        expect(Array.from(name).length).toBeLessThanOrEqual(4);
      }),
      { numRuns: 200 },
    );
  });

  it('varies', () => {
    const random = createRandom(8);
    expect(new Set(Array.from({ length: 50 }, () => generatePersonName(random))).size).toBeGreaterThan(40);
  });
});

describe('generateCompanyName', () => {
  it('is deterministic for a seed (the documented example)', () => {
    expect(generateCompanyName(createRandom(9))).toBe('武汉恒楚商贸股份有限公司');
  });

  it('yields a Wuhan company name with a legal form', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const name = generateCompanyName(createRandom(seed));
        expect(name).toMatch(HAN);
        expect(name).toMatch(/^武汉.{2}.+(?:有限公司|有限责任公司|股份有限公司)$/u);
      }),
      { numRuns: 200 },
    );
  });
});
