import { timingSafeEqual } from 'node:crypto';

const HEX = /^[0-9a-f]*$/;

/**
 * Compares two hex strings (signatures, digests) without leaking, through timing, how many leading
 * characters match. Case-insensitive; false when either is not hex or the lengths differ (a length is
 * public, so returning early on it gives nothing away).
 *
 * @example
 * if (!timingSafeEqualHex(request.signature, hmacSm3(secret, canonical))) reject();
 */
export function timingSafeEqualHex(a: string, b: string): boolean {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (left.length !== right.length || !HEX.test(left) || !HEX.test(right)) return false;
  return timingSafeEqual(Buffer.from(left, 'latin1'), Buffer.from(right, 'latin1'));
}
