/** A request as every transport hands it to the router: the bytes as they came, nothing parsed. */
export interface MockRequest {
  readonly method: string;
  /** The path exactly as sent in the request line, without the query. */
  readonly path: string;
  /** The raw query string, without `?` (empty when none). */
  readonly query: string;
  /** Header names in any case; node:http gives repeated headers as arrays. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The exact body bytes (empty when none). */
  readonly body: Uint8Array;
}

/** A fault the transport acts out, because only it owns the connection. */
export type TransportFault =
  | { readonly kind: 'reset' }
  /** Send the headers (with the full `Content-Length`) and only the first `sendBytes` of the body, then close. */
  | { readonly kind: 'truncated'; readonly sendBytes: number }
  /** Send the body `chunkBytes` at a time, waiting `intervalMs` between chunks. */
  | { readonly kind: 'dribble'; readonly chunkBytes: number; readonly intervalMs: number };

/** The router's answer: status, headers and body bytes, and what the transport must do to them. */
export interface MockResponse {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  readonly fault?: TransportFault;
}

/**
 * Splits a URL (absolute, or a request target like `/api/v1/x?y=1`) into a {@link MockRequest}, keeping the
 * path and query as sent.
 *
 * @example
 * const request = mockRequestFromUrl('GET', 'http://127.0.0.1:4010/api/v1/blacklist/check?uscc=…', headers);
 */
export function mockRequestFromUrl(
  method: string,
  url: string,
  headers: MockRequest['headers'] = {},
  body: Uint8Array = new Uint8Array(),
): MockRequest {
  const target = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/#.*$/, '');
  const question = target.indexOf('?');
  const path = question === -1 ? target : target.slice(0, question);
  return {
    method: method.toUpperCase(),
    path: path === '' ? '/' : path,
    query: question === -1 ? '' : target.slice(question + 1),
    headers,
    body,
  };
}
