import type { MockRequest } from './mock-request.js';

/** Looks a header up by name, case-insensitively; the first value of a repeated header. */
export function headerReader(headers: MockRequest['headers']): (name: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    const first = typeof value === 'string' ? value : value?.[0];
    if (first !== undefined) byName.set(name.toLowerCase(), first);
  }
  return (name) => byName.get(name.toLowerCase());
}

/**
 * Reads a raw query string as the signing guide does: split at `&`, each parameter at its first `=`,
 * name and value percent-decoded as UTF-8 (a `+` stays a plus). `undefined` when a part does not decode.
 *
 * @example
 * parseRawQuery('tag=b&region=%E6%B1%9F'); // [['tag', 'b'], ['region', '江']]
 */
export function parseRawQuery(query: string): [string, string][] | undefined {
  const pairs: [string, string][] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const name = equals === -1 ? part : part.slice(0, equals);
    const value = equals === -1 ? '' : part.slice(equals + 1);
    try {
      pairs.push([decodeURIComponent(name), decodeURIComponent(value)]);
    } catch {
      return undefined;
    }
  }
  return pairs;
}

const decoder = new TextDecoder();

/** The request body as UTF-8 text (invalid bytes replaced). */
export function bodyText(body: Uint8Array): string {
  return decoder.decode(body);
}
