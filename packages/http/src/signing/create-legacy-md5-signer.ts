import { createHash } from 'node:crypto';
import { queryPairs } from '@credit-bridge/core';
import type { HttpRequest } from '../http-request.js';
import { groupPairs } from '../request/group-pairs.js';
import type { Signer } from './signer.js';

/** Options of {@link createLegacyMd5Signer}. */
export interface LegacyMd5SignerOptions {
  appKey: string;
  appSecret: string;
  /** Epoch milliseconds for `requestTime`; default `Date.now`. */
  now?: () => number;
}

/**
 * The Zhejiang government data gateway's signature (domain reference §6.2):
 * lowercase hex `MD5(appKey + appSecret + requestTime)`.
 *
 * @example
 * legacyMd5Signature({ appKey: 'app', appSecret: 'secret', requestTime: '1490063145767' });
 */
export function legacyMd5Signature(input: {
  appKey: string;
  appSecret: string;
  requestTime: string;
}): string {
  return createHash('md5')
    .update(`${input.appKey}${input.appSecret}${input.requestTime}`, 'utf8')
    .digest('hex');
}

/**
 * Signs like the Zhejiang gateway: query parameters `appKey`, `requestTime` (epoch ms) and
 * `sign = md5(appKey + appSecret + requestTime)`. MD5 is weak; use only where a gateway demands it.
 *
 * @example
 * const client = createHttpClient({ baseUrl, sign: createLegacyMd5Signer({ appKey, appSecret }) });
 */
export function createLegacyMd5Signer(options: LegacyMd5SignerOptions): Signer {
  const now = options.now ?? Date.now;
  return (request: HttpRequest): HttpRequest => {
    const requestTime = String(now());
    const sign = legacyMd5Signature({ appKey: options.appKey, appSecret: options.appSecret, requestTime });
    return {
      ...request,
      query: Object.fromEntries(
        groupPairs([
          ...queryPairs(request.query),
          ['appKey', options.appKey],
          ['requestTime', requestTime],
          ['sign', sign],
        ]),
      ),
    };
  };
}
