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

/** A target remembered for one request object, with the two fields it was read from. */
interface KnownTarget {
  url: string;
  query: HttpRequest['query'];
  target: RequestTarget;
}

const known = new WeakMap<object, KnownTarget>();

function parseUrl(url: string): { parsed: URL; absolute: boolean } {
  // One parse: an absolute URL ignores the base, so only a relative one needs the second try.
  try {
    return { parsed: new URL(url), absolute: true };
  } catch {
    return { parsed: new URL(url, RELATIVE_BASE), absolute: false };
  }
}

/**
 * Splits a request's URL into base, path and query pairs; `url` may carry a query of its own.
 *
 * @example
 * requestTarget({ method: 'GET', url: 'http://127.0.0.1:9/a?x=1', query: { y: '2' }, headers: {} });
 * // { base: 'http://127.0.0.1:9/a', path: '/a', pairs: [['x', '1'], ['y', '2']] }
 */
export function requestTarget(request: Pick<HttpRequest, 'url' | 'query'>): RequestTarget {
  const { parsed, absolute } = parseUrl(request.url);
  return {
    base: absolute ? `${parsed.origin}${parsed.pathname}` : parsed.pathname,
    path: parsed.pathname,
    pairs: [...queryPairs(parsed.searchParams), ...queryPairs(request.query)],
  };
}

/**
 * Records that `request` goes to `target`, so a layer further down the same request object (the sender,
 * below the signer that parsed the URL) reads it instead of parsing the URL again.
 */
export function rememberTarget(request: HttpRequest, target: RequestTarget): void {
  known.set(request, { url: request.url, query: request.query, target });
}

/**
 * The target of `request`: the one remembered for this object while its `url` and `query` are the ones it
 * was read from, else {@link requestTarget}. A layer that rewrites either passes a new object, which is
 * parsed afresh.
 */
export function targetOf(request: HttpRequest): RequestTarget {
  const entry = known.get(request);
  if (entry !== undefined && entry.url === request.url && entry.query === request.query) return entry.target;
  return requestTarget(request);
}

/** The URL the sender requests: base plus the canonical query, so the wire carries what was signed. */
export function targetUrl(target: RequestTarget): string {
  const query = canonicalQuery(target.pairs);
  return query === '' ? target.base : `${target.base}?${query}`;
}
