import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCreditBridgeError, upgradeIdNumber, validateIdNumber } from '../../src/index.js';
import { createRandom, generateIdNumber } from '../../src/testing/index.js';

function thrownCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'not a CreditBridgeError';
  }
  return undefined;
}

describe('upgradeIdNumber', () => {
  it('inserts 19 and appends the MOD 11-2 check', () => {
    expect(upgradeIdNumber('110105491231002')).toBe('11010519491231002X');
    expect(upgradeIdNumber(' 340524 800101 001 ')).toBe('34052419800101001X');
  });

  it.each([
    ['E_ID_LENGTH', '11010549123100'],
    ['E_ID_LENGTH', '11010519491231002X'],
    ['E_ID_CHARSET', '11010549123100X'],
    ['E_ID_REGION', '010105491231002'],
    ['E_ID_DATE', '110105490229002'],
    ['E_ID_DATE', '110105491301002'],
  ])('throws %s for %s', (code, input) => {
    expect(thrownCode(() => upgradeIdNumber(input))).toBe(code);
  });

  it('does not put the legacy number unmasked into the error', () => {
    let message = '';
    try {
      upgradeIdNumber('110105490229002');
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message).toContain('[upgradeIdNumber] 110********9002');
    expect(message).not.toContain('110105490229002');
  });

  it('produces a valid number that keeps the 15-digit body (round trip)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const id = generateIdNumber(createRandom(seed), { birthYearRange: [1900, 1999] });
        const legacy = `${id.slice(0, 6)}${id.slice(8, 17)}`;
        const upgraded = upgradeIdNumber(legacy);
        expect(upgraded).toBe(id);
        expect(validateIdNumber(upgraded, { today: '2026-01-01' }).ok).toBe(true);
        expect(`${upgraded.slice(0, 6)}${upgraded.slice(8, 17)}`).toBe(legacy);
      }),
      { numRuns: 200 },
    );
  });
});
