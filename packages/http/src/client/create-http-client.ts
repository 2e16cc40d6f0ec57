import { ContractError } from '../errors/contract-error.js';
import { requestContext } from '../errors/transport-error.js';
import type { HttpRequest, HttpResponse, QueryParams } from '../http-request.js';
import { createStandardTransport } from './create-standard-transport.js';
import { type HttpClientOptions, resolveHttpOptions } from './resolve-http-options.js';

/** A call as a caller writes it: headers optional, `url` relative to the client's `baseUrl` or absolute. */
export type HttpCall = Omit<HttpRequest, 'headers' | 'attempt' | 'deadlineAt'> & {
  headers?: Readonly<Record<string, string>>;
};

/** Per-call options of the JSON helpers. */
export interface JsonCallOptions {
  query?: QueryParams;
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
  operation?: string;
  idempotencyKey?: string;
  requestId?: string;
}

/** A 2xx response with its body parsed as JSON (`undefined` for an empty body). */
export type JsonResponse = HttpResponse & { data: unknown };

/** The client a platform adapter builds on. */
export interface HttpClient {
  /** Sends a call through the standard stack; resolves with a 2xx response, rejects with a typed error. */
  request(call: HttpCall): Promise<HttpResponse>;
  getJson(path: string, options?: JsonCallOptions): Promise<JsonResponse>;
  postJson(path: string, body: unknown, options?: JsonCallOptions): Promise<JsonResponse>;
  /** Closes pooled sockets of the default sender; an injected sender is the caller's to close. */
  close(): void;
}

function joinUrl(baseUrl: string, url: string): string {
  if (URL.canParse(url)) return url;
  return `${baseUrl}${url.startsWith('/') ? '' : '/'}${url}`;
}

function parseJson(response: HttpResponse, call: HttpCall): JsonResponse {
  const text = new TextDecoder().decode(response.body);
  if (text.trim() === '') return { ...response, data: undefined };
  try {
    return { ...response, data: JSON.parse(text) as unknown };
  } catch {
    throw new ContractError({
      ...requestContext({ ...call, headers: {} }),
      requestId: response.requestId,
      attempts: response.attempts,
      jsonPath: [],
      expected: 'a JSON body',
      // No `cause`: a JSON SyntaxError quotes the body, which may hold identifiers.
      received: text,
    });
  }
}

/**
 * An HTTP client with the standard stack: request ids, a total deadline, idempotency keys, retries with
 * backoff and a shared budget, per-attempt timeouts, signing, typed status errors and redacted events.
 *
 * @example
 * const client = createHttpClient({ baseUrl: 'http://127.0.0.1:4010',
 *   sign: createHmacSigner({ appKey: 'cb-demo-district', appSecret: 'cb-demo-secret-0123456789abcdef' }) });
 * const { data } = await client.getJson('/api/v1/blacklist/check', { query: { uscc: '91420103CB0001019A' } });
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const resolved = resolveHttpOptions(options);
  const { transport, close } = createStandardTransport(resolved);

  const request = (call: HttpCall): Promise<HttpResponse> =>
    transport({ ...call, url: joinUrl(resolved.baseUrl, call.url), headers: { ...call.headers } });

  const jsonCall = async (call: HttpCall): Promise<JsonResponse> => {
    const absolute = { ...call, url: joinUrl(resolved.baseUrl, call.url) };
    return parseJson(await request(absolute), absolute);
  };

  return {
    request,
    getJson: (path, callOptions = {}) =>
      jsonCall({
        ...callOptions,
        method: 'GET',
        url: path,
        headers: { Accept: 'application/json', ...callOptions.headers },
      }),
    postJson: (path, body, callOptions = {}) =>
      jsonCall({
        ...callOptions,
        method: 'POST',
        url: path,
        body: JSON.stringify(body),
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json; charset=utf-8',
          ...callOptions.headers,
        },
      }),
    close,
  };
}
