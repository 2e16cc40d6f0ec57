import { hmac } from '../crypto/hmac.js';
import {
  type CanonicalRequestInput,
  canonicalRequestString,
  signDigest,
} from './canonical-request-string.js';

/**
 * `X-Signature`: lowercase hex HMAC (SM3 or SHA-256) under the app secret of the canonical request string.
 * The mock platform verifies with this same function (and `timingSafeEqualHex`).
 *
 * @example
 * const expected = computeSignature({ ...canonicalInputOf(received), appSecret });
 * if (!timingSafeEqualHex(expected, received.headers['x-signature'])) reject('E_AUTH_SIGNATURE');
 */
export function computeSignature(input: CanonicalRequestInput & { appSecret: string | Uint8Array }): string {
  return hmac(signDigest(input.signMethod), input.appSecret, canonicalRequestString(input));
}
