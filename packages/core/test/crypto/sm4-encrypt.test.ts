import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSm3, isCreditBridgeError, sm4Decrypt, sm4Encrypt } from '../../src/index.js';

const hex = (value: string) => Uint8Array.from(Buffer.from(value, 'hex'));
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const keys = {
  encKey: hex('0123456789abcdeffedcba9876543210'),
  macKey: hex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'),
};

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'foreign error';
  }
  return 'no error';
}

describe('sm4Encrypt', () => {
  it('lays out iv || SM4-CBC ciphertext || HMAC-SM3(iv || ciphertext)', () => {
    const iv = new Uint8Array(16);
    // With a zero iv the first CBC block is plain SM4 of the first plaintext block: the GB/T 32907 vector.
    const sealed = sm4Encrypt(hex('0123456789abcdeffedcba9876543210'), { ...keys, iv });
    expect(sealed).toBeInstanceOf(Uint8Array);
    expect(sealed.length).toBe(16 + 32 + 32);
    expect(toHex(sealed.subarray(0, 16))).toBe('00'.repeat(16));
    expect(toHex(sealed.subarray(16, 32))).toBe('681edf34d206965e86b3e94f536e4246');
    expect(toHex(sealed.subarray(48))).toBe(hmacSm3(keys.macKey, sealed.subarray(0, 48)));
  });

  it('pads with PKCS#7, so the ciphertext is always whole blocks and at least one', () => {
    for (const length of [0, 1, 15, 16, 17, 31, 32]) {
      const sealed = sm4Encrypt(new Uint8Array(length), keys);
      expect(sealed.length - 48).toBe((Math.floor(length / 16) + 1) * 16);
    }
  });

  it('draws a fresh random iv for every call by default', () => {
    const first = sm4Encrypt('same text', keys);
    const second = sm4Encrypt('same text', keys);
    expect(toHex(first.subarray(0, 16))).not.toBe(toHex(second.subarray(0, 16)));
  });

  it('rejects keys and ivs of the wrong length', () => {
    expect(codeOf(() => sm4Encrypt('x', { ...keys, encKey: new Uint8Array(32) }))).toBe('E_CRYPTO_KEY');
    expect(codeOf(() => sm4Encrypt('x', { ...keys, macKey: new Uint8Array(15) }))).toBe('E_CRYPTO_KEY');
    expect(codeOf(() => sm4Encrypt('x', { ...keys, iv: new Uint8Array(8) }))).toBe('E_CRYPTO_INPUT');
  });
});

describe('sm4Decrypt', () => {
  it('round-trips any plaintext, bytes or UTF-8 text', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        (plain, iv) => {
          expect(sm4Decrypt(sm4Encrypt(plain, { ...keys, iv }), keys)).toEqual(plain);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(new TextDecoder().decode(sm4Decrypt(sm4Encrypt(text, keys), keys))).toBe(text);
      }),
    );
  });

  it('rejects a payload with any byte changed with E_CRYPTO_TAG, before decrypting', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (plain, position, flip) => {
          const sealed = sm4Encrypt(plain, keys);
          const at = position % sealed.length;
          sealed[at] = (sealed[at] ?? 0) ^ flip;
          expect(codeOf(() => sm4Decrypt(sealed, keys))).toBe('E_CRYPTO_TAG');
        },
      ),
    );
  });

  it('rejects a payload sealed under another macKey with E_CRYPTO_TAG', () => {
    const sealed = sm4Encrypt('text', keys);
    expect(codeOf(() => sm4Decrypt(sealed, { ...keys, macKey: new Uint8Array(32).fill(7) }))).toBe(
      'E_CRYPTO_TAG',
    );
  });

  it('reports an authentic payload whose padding fails as the wrong encKey', () => {
    const sealed = sm4Encrypt('text', { ...keys, iv: new Uint8Array(16) });
    expect(codeOf(() => sm4Decrypt(sealed, { ...keys, encKey: new Uint8Array(16).fill(9) }))).toBe(
      'E_CRYPTO_KEY',
    );
  });

  it('rejects too-short or misaligned input with E_CRYPTO_INPUT', () => {
    const sealed = sm4Encrypt('text', keys);
    expect(codeOf(() => sm4Decrypt(sealed.subarray(0, 63), keys))).toBe('E_CRYPTO_INPUT');
    expect(codeOf(() => sm4Decrypt(new Uint8Array(0), keys))).toBe('E_CRYPTO_INPUT');
    expect(codeOf(() => sm4Decrypt(sealed.subarray(1), keys))).toBe('E_CRYPTO_INPUT');
  });

  it('rejects keys of the wrong length with E_CRYPTO_KEY', () => {
    const sealed = sm4Encrypt('text', keys);
    expect(codeOf(() => sm4Decrypt(sealed, { ...keys, encKey: new Uint8Array(24) }))).toBe('E_CRYPTO_KEY');
  });
});
