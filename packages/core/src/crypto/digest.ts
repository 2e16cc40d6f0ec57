import { createHash } from 'node:crypto';
import { nodeDigestName } from './internal/node-digest-name.js';
import { toBytes } from './internal/to-bytes.js';

/** The digest algorithms the toolkit signs and fingerprints with: SM3 (GB/T 32905-2016) and SHA-256. */
export type DigestAlgorithm = 'SM3' | 'SHA-256';

/**
 * Hashes `data` (a string is read as UTF-8) and returns the lowercase hex digest.
 *
 * @example
 * digest('SM3', 'abc'); // '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0'
 */
export function digest(algorithm: DigestAlgorithm, data: string | Uint8Array): string {
  return createHash(nodeDigestName(algorithm)).update(toBytes(data)).digest('hex');
}

/**
 * SM3 (GB/T 32905-2016) of `data` as lowercase hex; a string is read as UTF-8.
 *
 * @example
 * sm3('abc'); // '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0'
 */
export function sm3(data: string | Uint8Array): string {
  return digest('SM3', data);
}

/**
 * SHA-256 of `data` as lowercase hex; a string is read as UTF-8.
 *
 * @example
 * sha256('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256(data: string | Uint8Array): string {
  return digest('SHA-256', data);
}
