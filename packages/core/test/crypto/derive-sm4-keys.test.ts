import { describe, expect, it } from 'vitest';
import { deriveSm4Keys, hmacSm3, isCreditBridgeError, sm4Decrypt, sm4Encrypt } from '../../src/index.js';

const SECRET = 'synthetic-app-secret-0123456789';
const hex = (value: string) => Uint8Array.from(Buffer.from(value, 'hex'));

describe('deriveSm4Keys', () => {
  it('is HKDF over HMAC-SM3 with the documented labels (RFC 5869, written out by hand)', () => {
    const prk = hex(hmacSm3(new Uint8Array(32), SECRET));
    const expand = (label: string) =>
      hex(hmacSm3(prk, Buffer.concat([Buffer.from(label, 'utf8'), Buffer.from([1])])));
    const { encKey, macKey } = deriveSm4Keys(SECRET);
    expect(encKey).toEqual(expand('credit-bridge/sm4-cbc/enc/v1').subarray(0, 16));
    expect(macKey).toEqual(expand('credit-bridge/sm4-cbc/mac/v1'));
  });

  it('gives keys of the right sizes that differ from each other and per secret', () => {
    const one = deriveSm4Keys(SECRET);
    const other = deriveSm4Keys(`${SECRET}!`);
    expect(one.encKey.length).toBe(16);
    expect(one.macKey.length).toBe(32);
    expect(Buffer.from(one.macKey.subarray(0, 16)).equals(one.encKey)).toBe(false);
    expect(one.encKey).not.toEqual(other.encKey);
    expect(deriveSm4Keys(new TextEncoder().encode(SECRET))).toEqual(one);
  });

  it('feeds sm4Encrypt and sm4Decrypt directly', () => {
    const keys = deriveSm4Keys(SECRET);
    expect(new TextDecoder().decode(sm4Decrypt(sm4Encrypt('合成数据', keys), keys))).toBe('合成数据');
  });

  it('rejects a secret shorter than 16 bytes with E_CRYPTO_KEY', () => {
    try {
      deriveSm4Keys('short');
      expect.unreachable('a 5-byte secret was accepted');
    } catch (error) {
      expect(isCreditBridgeError(error) && error.code).toBe('E_CRYPTO_KEY');
    }
  });
});
