import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSm3, timingSafeEqualHex } from '../../src/index.js';

describe('timingSafeEqualHex', () => {
  it('accepts equal signatures regardless of case', () => {
    const signature = hmacSm3('key', 'payload');
    expect(timingSafeEqualHex(signature, signature)).toBe(true);
    expect(timingSafeEqualHex(signature.toUpperCase(), signature)).toBe(true);
  });

  it('rejects a different length, non-hex text and any changed character', () => {
    const signature = hmacSm3('key', 'payload');
    expect(timingSafeEqualHex(signature, signature.slice(0, -2))).toBe(false);
    expect(timingSafeEqualHex('zz', 'zz')).toBe(false);
    fc.assert(
      fc.property(fc.nat({ max: signature.length - 1 }), fc.constantFrom(...'0123456789abcdef'), (at, ch) => {
        const changed = signature.slice(0, at) + ch + signature.slice(at + 1);
        expect(timingSafeEqualHex(changed, signature)).toBe(changed === signature);
      }),
    );
  });
});
