import { createHmac } from 'node:crypto';
import type { DigestAlgorithm } from './digest.js';
import { nodeDigestName } from './internal/node-digest-name.js';
import { toBytes } from './internal/to-bytes.js';

/**
 * HMAC (RFC 2104) of `data` under `key` with SM3 or SHA-256, as lowercase hex. Strings are read as UTF-8.
 *
 * @example
 * hmac('SHA-256', 'Jefe', 'what do ya want for nothing?');
 * // '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
 */
export function hmac(
  algorithm: DigestAlgorithm,
  key: string | Uint8Array,
  data: string | Uint8Array,
): string {
  return createHmac(nodeDigestName(algorithm), toBytes(key)).update(toBytes(data)).digest('hex');
}

/**
 * HMAC-SM3 of `data` under `key` as lowercase hex: the default request signature (domain reference §9.9).
 *
 * @example
 * hmacSm3('key', 'The quick brown fox jumps over the lazy dog');
 * // 'bd4a34077888162b210645b8ebf74b9af357303789357a27c7fc457244ebd398'
 */
export function hmacSm3(key: string | Uint8Array, data: string | Uint8Array): string {
  return hmac('SM3', key, data);
}

/**
 * HMAC-SHA256 of `data` under `key` as lowercase hex: the optional request signature.
 *
 * @example
 * hmacSha256('Jefe', 'what do ya want for nothing?');
 * // '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
 */
export function hmacSha256(key: string | Uint8Array, data: string | Uint8Array): string {
  return hmac('SHA-256', key, data);
}
