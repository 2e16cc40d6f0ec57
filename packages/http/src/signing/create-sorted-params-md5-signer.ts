import { createHash, randomBytes } from 'node:crypto';
import type { HttpRequest } from '../http-request.js';
import { groupPairs } from '../request/group-pairs.js';
import { requestTarget } from '../request/request-target.js';
import type { Signer } from './signer.js';

/** Options of {@link createSortedParamsMd5Signer}. */
export interface SortedParamsMd5SignerOptions {
  appKey: string;
  appSecret: string;
  /** Epoch milliseconds for `timestamp`; default `Date.now`. */
  now?: () => number;
  /** Random `nonce` of at most 32 characters; default 32 random hex characters. */
  nonce?: () => string;
}

function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The common open-API signature (domain reference §6.2): non-empty parameters sorted by name in ASCII
 * order, joined `k=v&…`, then `&appSecret=…` appended; upper-case hex MD5 of that string. Values are
 * taken as they are, not URL-encoded. A `sign` parameter is never part of its own input.
 *
 * @example
 * sortedParamsMd5Signature({ appKey: 'gmd930ea5d5a258f4f', nonce: '76e71d31590d44f2aaa55fed6b3e267c',
 *   processNum: 'wi123456789', timestamp: '1490063145767' }, '192006250b4c09247ec02edce69f6a2d');
 * // '93E1D6AF003B1061DF01CEB93523F142'
 */
export function sortedParamsMd5Signature(
  params: Readonly<Record<string, string | number | null | undefined>>,
  appSecret: string,
): string {
  const joined = Object.entries(params)
    .filter(([name, value]) => name !== 'sign' && value !== undefined && value !== null && value !== '')
    .sort(([a], [b]) => compareAscii(a, b))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return createHash('md5').update(`${joined}&appSecret=${appSecret}`, 'utf8').digest('hex').toUpperCase();
}

/**
 * Signs with {@link sortedParamsMd5Signature} over the query parameters (of the URL and `query`) plus `appKey`, `timestamp` and
 * `nonce`, and adds all four (with `sign`) to the query. A repeated parameter cannot be expressed in this
 * scheme; its values are joined with `,` for signing.
 *
 * @example
 * const client = createHttpClient({ baseUrl, sign: createSortedParamsMd5Signer({ appKey, appSecret }) });
 */
export function createSortedParamsMd5Signer(options: SortedParamsMd5SignerOptions): Signer {
  const now = options.now ?? Date.now;
  const nextNonce = options.nonce ?? (() => randomBytes(16).toString('hex'));
  return (request: HttpRequest): HttpRequest => {
    const added: [string, string][] = [
      ['appKey', options.appKey],
      ['timestamp', String(now())],
      ['nonce', nextNonce()],
    ];
    const target = requestTarget(request);
    const grouped = groupPairs([...target.pairs, ...added]);
    const params = Object.fromEntries(
      grouped.map(([name, value]) => [name, typeof value === 'string' ? value : value.join(',')]),
    );
    const sign = sortedParamsMd5Signature(params, options.appSecret);
    return { ...request, url: target.base, query: Object.fromEntries([...grouped, ['sign', sign]]) };
  };
}
