import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import type { CryptoErrorCode } from './crypto-error-code.js';
import { toBytes, toPlainBytes } from './internal/to-bytes.js';

/** The two independent keys of the SM4-CBC + HMAC-SM3 seal; derive both from one secret with `deriveSm4Keys`. */
export interface Sm4Keys {
  /** SM4 key, exactly 16 bytes (GB/T 32907-2016: 128-bit key). */
  encKey: Uint8Array;
  /** HMAC-SM3 key, at least 16 bytes. */
  macKey: Uint8Array;
}

/** Keys plus an optional fixed iv; leave `iv` out outside tests so each seal gets a fresh random one. */
export interface Sm4EncryptOptions extends Sm4Keys {
  /** 16-byte CBC initialisation vector; random (`randomBytes`) by default. */
  iv?: Uint8Array;
}

const BLOCK_BYTES = 16;
const TAG_BYTES = 32;
// RFC 2104 §3: a key shorter than the security level weakens the MAC; 16 bytes matches SM4's 128 bits.
const MIN_MAC_KEY_BYTES = 16;
// iv, at least one ciphertext block (PKCS#7 always pads), tag.
const MIN_SEALED_BYTES = BLOCK_BYTES + BLOCK_BYTES + TAG_BYTES;

function fail(code: CryptoErrorCode, message: string, cause?: unknown): CreditBridgeError<CryptoErrorCode> {
  return new CreditBridgeError({ code, message, cause });
}

function checkKeys(operation: string, keys: Sm4Keys): void {
  if (keys.encKey.length !== BLOCK_BYTES) {
    throw fail('E_CRYPTO_KEY', `[${operation}] encKey must be 16 bytes, got ${keys.encKey.length}`);
  }
  if (keys.macKey.length < MIN_MAC_KEY_BYTES) {
    throw fail('E_CRYPTO_KEY', `[${operation}] macKey must be at least 16 bytes, got ${keys.macKey.length}`);
  }
}

function tagOf(macKey: Uint8Array, ivAndCiphertext: Uint8Array): Buffer {
  return createHmac('sm3', macKey).update(ivAndCiphertext).digest();
}

/**
 * Encrypts with SM4-CBC and PKCS#7 padding, then MACs (encrypt-then-MAC): the result is
 * `iv(16) || ciphertext || tag(32)` where `tag = HMAC-SM3(macKey, iv || ciphertext)`. A string is
 * read as UTF-8. Throws `E_CRYPTO_KEY` for a key of the wrong length and `E_CRYPTO_INPUT` for an iv that
 * is not 16 bytes.
 *
 * @example
 * const keys = deriveSm4Keys(appSecret);
 * const sealed = sm4Encrypt('synthetic payload', keys);
 * new TextDecoder().decode(sm4Decrypt(sealed, keys)); // 'synthetic payload'
 */
export function sm4Encrypt(plaintext: Uint8Array | string, options: Sm4EncryptOptions): Uint8Array {
  checkKeys('sm4Encrypt', options);
  const iv = options.iv ?? randomBytes(BLOCK_BYTES);
  if (iv.length !== BLOCK_BYTES) {
    throw fail('E_CRYPTO_INPUT', `[sm4Encrypt] iv must be 16 bytes, got ${iv.length}`);
  }
  const cipher = createCipheriv('sm4-cbc', options.encKey, iv);
  const body = Buffer.concat([iv, cipher.update(toBytes(plaintext)), cipher.final()]);
  return toPlainBytes(Buffer.concat([body, tagOf(options.macKey, body)]));
}

/**
 * Opens a payload sealed by {@link sm4Encrypt}. The tag is checked in constant time before anything is
 * decrypted, so a forged payload never reaches the CBC padding check (no padding oracle).
 * Throws `E_CRYPTO_INPUT` when the input is too short or not whole blocks, `E_CRYPTO_TAG` when the tag
 * does not verify, `E_CRYPTO_KEY` for a key of the wrong length or an authentic payload whose padding
 * fails (the encKey is not the one it was sealed with).
 *
 * @example
 * const plaintext = sm4Decrypt(sealed, deriveSm4Keys(appSecret));
 */
export function sm4Decrypt(sealed: Uint8Array, keys: Sm4Keys): Uint8Array {
  checkKeys('sm4Decrypt', keys);
  if (sealed.length < MIN_SEALED_BYTES || (sealed.length - TAG_BYTES) % BLOCK_BYTES !== 0) {
    throw fail(
      'E_CRYPTO_INPUT',
      `[sm4Decrypt] sealed payload of ${sealed.length} bytes is not iv(16) + whole 16-byte blocks + tag(32)`,
    );
  }
  const body = sealed.subarray(0, sealed.length - TAG_BYTES);
  if (!timingSafeEqual(sealed.subarray(sealed.length - TAG_BYTES), tagOf(keys.macKey, body))) {
    throw fail('E_CRYPTO_TAG', '[sm4Decrypt] authentication tag does not verify; payload rejected');
  }
  const decipher = createDecipheriv('sm4-cbc', keys.encKey, body.subarray(0, BLOCK_BYTES));
  try {
    return toPlainBytes(Buffer.concat([decipher.update(body.subarray(BLOCK_BYTES)), decipher.final()]));
  } catch (cause) {
    throw fail('E_CRYPTO_KEY', '[sm4Decrypt] tag verified but padding did not: encKey does not match', cause);
  }
}
