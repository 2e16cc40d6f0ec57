import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DigestAlgorithm, digest, isCreditBridgeError, sha256, sm3 } from '../../src/index.js';

describe('sm3 (GB/T 32905-2016 vectors, domain reference §6.3)', () => {
  it('hashes "abc"', () => {
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('hashes "abcd" x 16 (64 bytes)', () => {
    expect(sm3('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('hashes the empty string', () => {
    expect(sm3('')).toBe('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
  });

  it('reads a string as UTF-8, the same as its bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(sm3(text)).toBe(sm3(new TextEncoder().encode(text)));
      }),
    );
  });
});

describe('sha256 and digest', () => {
  it('hashes "abc" with SHA-256 (FIPS 180-2 vector)', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('dispatches on the algorithm name', () => {
    expect(digest('SM3', 'abc')).toBe(sm3('abc'));
    expect(digest('SHA-256', 'abc')).toBe(sha256('abc'));
  });

  it('rejects an unknown algorithm from an untyped caller with E_CRYPTO_INPUT', () => {
    try {
      digest('MD5' as DigestAlgorithm, 'abc');
      expect.unreachable('digest accepted MD5');
    } catch (error) {
      expect(isCreditBridgeError(error) && error.code).toBe('E_CRYPTO_INPUT');
    }
  });
});
