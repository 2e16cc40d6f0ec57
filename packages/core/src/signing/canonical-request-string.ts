import { type DigestAlgorithm, digest } from '../crypto/digest.js';
import { canonicalQuery, type QueryInput } from './canonical-query.js';

/** The two signing methods of the contract; `HMAC-SM3` is the default. */
export type SignMethod = 'HMAC-SM3' | 'HMAC-SHA256';

/** What the signature covers. The verifying side builds the same input from the request it received. */
export interface CanonicalRequestInput {
  signMethod: SignMethod;
  /** HTTP method; upper-cased. */
  method: string;
  /** Request path without the query, exactly as on the wire. */
  path: string;
  query?: QueryInput | undefined;
  /** The exact body bytes (a string is read as UTF-8); absent means empty. */
  body?: string | Uint8Array | undefined;
  /** `X-Timestamp`: epoch milliseconds. */
  timestamp: string | number;
  /** `X-Nonce`. */
  nonce: string;
}

/** The digest under each signing method: SM3 for HMAC-SM3, SHA-256 for HMAC-SHA256. */
export function signDigest(signMethod: SignMethod): DigestAlgorithm {
  switch (signMethod) {
    case 'HMAC-SM3':
      return 'SM3';
    case 'HMAC-SHA256':
      return 'SHA-256';
  }
}

/**
 * The string the contract signs:
 * `METHOD \n PATH \n QUERY \n hex(HASH(body)) \n X-Timestamp \n X-Nonce`, with QUERY the canonical query
 * (RFC 3986 encoding, sorted by name then value) and HASH SM3 or SHA-256 of the body, of `""` when none.
 *
 * @example
 * canonicalRequestString({ signMethod: 'HMAC-SM3', method: 'GET', path: '/api/v1/blacklist/check',
 *   query: { uscc: '91420100177737557Y' }, timestamp: 1735689600000, nonce: 'n0nce-0000000000001' });
 */
export function canonicalRequestString(input: CanonicalRequestInput): string {
  return [
    input.method.toUpperCase(),
    input.path,
    canonicalQuery(input.query),
    digest(signDigest(input.signMethod), input.body ?? ''),
    String(input.timestamp),
    input.nonce,
  ].join('\n');
}
