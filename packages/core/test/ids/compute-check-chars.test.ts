import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeIdNumberCheckChar,
  computeOrgCodeCheckChar,
  computeUsccCheckChar,
  isCreditBridgeError,
  USCC_CHARSET,
} from '../../src/index.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'not a CreditBridgeError';
  }
  return undefined;
}

describe('computeUsccCheckChar', () => {
  it('reproduces the GB 32100 worked example (S = 1640, check 3)', () => {
    expect(computeUsccCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('maps a remainder of 0 to the check value 0, not past the end of the code set', () => {
    // The placeholder's body has S = 0; its computed check is '0' (domain reference §1.6), not 'X'.
    expect(computeUsccCheckChar('00000000000000000')).toBe('0');
  });

  it('rejects a body of the wrong length or outside the code set', () => {
    expect(codeOf(() => computeUsccCheckChar('91350100M000100Y'))).toBe('E_USCC_LENGTH');
    expect(codeOf(() => computeUsccCheckChar('91350100M000100I4'))).toBe('E_USCC_CHARSET');
  });

  it('always returns a character of the code set', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...USCC_CHARSET), minLength: 17, maxLength: 17 }),
        (body) => {
          expect(USCC_CHARSET).toContain(computeUsccCheckChar(body));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('computeOrgCodeCheckChar', () => {
  it('computes the check of the organisation code inside the GB 32100 example', () => {
    expect(computeOrgCodeCheckChar('M000100Y')).toBe('4');
  });

  it('writes 10 as X and 11 as 0', () => {
    // Σ = 0 gives 11 − 0 = 11 → '0'; '00000006' has Σ = 6 × 2 = 12 ≡ 1, so 11 − 1 = 10 → 'X'.
    expect(computeOrgCodeCheckChar('00000000')).toBe('0');
    expect(computeOrgCodeCheckChar('00000006')).toBe('X');
    expect(computeOrgCodeCheckChar('00000001')).toBe('9');
  });

  it('rejects a body of the wrong length or with other characters', () => {
    expect(codeOf(() => computeOrgCodeCheckChar('M000100'))).toBe('E_ORG_LENGTH');
    expect(codeOf(() => computeOrgCodeCheckChar('m000100Y'))).toBe('E_ORG_CHARSET');
  });
});

describe('computeIdNumberCheckChar', () => {
  it('reproduces GB 11643-1999 appendix B (body 11010519491231002 → X)', () => {
    expect(computeIdNumberCheckChar('11010519491231002')).toBe('X');
    expect(computeIdNumberCheckChar('44052418800101001')).toBe('4');
  });

  it('rejects a body of the wrong length or with non-digits', () => {
    expect(codeOf(() => computeIdNumberCheckChar('1101051949123100'))).toBe('E_ID_LENGTH');
    expect(codeOf(() => computeIdNumberCheckChar('1101051949123100X'))).toBe('E_ID_CHARSET');
  });
});
