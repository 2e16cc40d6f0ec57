import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmac, hmacSha256, hmacSm3 } from '../../src/index.js';

describe('hmacSm3', () => {
  it('matches the fox vector (domain reference §6.3)', () => {
    expect(hmacSm3('key', 'The quick brown fox jumps over the lazy dog')).toBe(
      'bd4a34077888162b210645b8ebf74b9af357303789357a27c7fc457244ebd398',
    );
  });

  it('treats string and byte keys and data alike (UTF-8)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), (key, data) => {
        const bytes = (s: string) => new TextEncoder().encode(s);
        expect(hmacSm3(bytes(key), bytes(data))).toBe(hmacSm3(key, data));
      }),
    );
  });
});

describe('hmacSha256', () => {
  it('matches RFC 4231 test case 2', () => {
    expect(hmacSha256('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('matches RFC 4231 test case 1 (binary key)', () => {
    const key = new Uint8Array(20).fill(0x0b);
    expect(hmacSha256(key, 'Hi There')).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
  });
});

describe('hmac', () => {
  it('dispatches on the algorithm name and agrees with node:crypto', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1 }), fc.uint8Array(), (key, data) => {
        expect(hmac('SM3', key, data)).toBe(createHmac('sm3', key).update(data).digest('hex'));
        expect(hmac('SHA-256', key, data)).toBe(createHmac('sha256', key).update(data).digest('hex'));
      }),
    );
  });
});
