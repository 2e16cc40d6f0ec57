import { canonicalQuery, queryPairs } from '@credit-bridge/core';
import type { HttpRequest } from '../http-request.js';

const RELATIVE_BASE = 'http://relative.invalid';

/** Where a request goes: the URL without its query, the path as sent, and every query parameter. */
export interface RequestTarget {
  /** Origin and path for an absolute URL, the path alone for a relative one. */
  base: string;
  /** The path as it appears on the wire (percent-encoded by WHATWG URL rules). */
  path: string;
  /** Parameters from the URL's own query followed by those in `request.query`. */
  pairs: [string, string][];
}

/**
 * Splits a request's URL into base, path and query pairs; `url` may carry a query of its own.
 *
 * @example
 * requestTarget({ method: 'GET', url: 'http://127.0.0.1:9/a?x=1', query: { y: '2' }, headers: {} });
 * // { base: 'http://127.0.0.1:9/a', path: '/a', pairs: [['x', '1'], ['y', '2']] }
 */
export function requestTarget(request: Pick<HttpRequest, 'url' | 'query'>): RequestTarget {
  const parsed = new URL(request.url, RELATIVE_BASE);
  const absolute = URL.canParse(request.url);
  return {
    base: absolute ? `${parsed.origin}${parsed.pathname}` : parsed.pathname,
    path: parsed.pathname,
    pairs: [...queryPairs(parsed.searchParams), ...queryPairs(request.query)],
  };
}

/** The URL the sender requests: base plus the canonical query, so the wire carries what was signed. */
export function targetUrl(target: RequestTarget): string {
  const query = canonicalQuery(target.pairs);
  return query === '' ? target.base : `${target.base}?${query}`;
}
