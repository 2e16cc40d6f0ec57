import { composeTransport, type Handler, type Middleware } from '../compose-transport.js';
import { ContractError } from '../errors/contract-error.js';
import { requestContext } from '../errors/transport-error.js';
import type { HttpRequest, HttpResponse, QueryParams } from '../http-request.js';
import { attemptTimeout } from '../middleware/attempt-timeout.js';
import { deadline } from '../middleware/deadline.js';
import { events } from '../middleware/events.js';
import { httpStatus } from '../middleware/http-status.js';
import { idempotencyKey } from '../middleware/idempotency-key.js';
import { requestId } from '../middleware/request-id.js';
import { retry } from '../middleware/retry.js';
import { sign } from '../middleware/sign.js';
import { createRetryBudget } from '../retry/create-retry-budget.js';
import { createAxiosSender } from '../sender/create-axios-sender.js';
import {
  type HttpClientOptions,
  type ResolvedHttpOptions,
  resolveHttpOptions,
} from './resolve-http-options.js';

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

/**
 * The standard stack, outermost first. Idempotency keys outside retry (same key on every attempt);
 * signing inside it (fresh timestamp and nonce per attempt); events innermost so each attempt is seen.
 *
 * @example
 * const options = resolveHttpOptions({ baseUrl: 'http://127.0.0.1:4010' });
 * const transport = composeTransport([...standardMiddleware(options), myAuditLog], createAxiosSender());
 */
export function standardMiddleware(options: ResolvedHttpOptions): Middleware[] {
  const { clock } = options;
  return [
    requestId({ idSource: options.idSource }),
    deadline({ totalMs: options.deadlineMs, clock }),
    idempotencyKey(),
    retry({
      ...options.retry,
      budget: createRetryBudget(options.retry.budget, clock),
      sleep: options.sleep,
      random: options.random,
      clock,
      onEvent: options.onEvent,
    }),
    attemptTimeout({ timeoutMs: options.attemptTimeoutMs }),
    ...(options.sign ? [sign(options.sign)] : []),
    httpStatus(),
    events({ onEvent: options.onEvent, clock }),
  ];
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

/** An injected sender is the caller's to close; the default one, with its pooled sockets, is the client's. */
function senderOf(resolved: ResolvedHttpOptions): { sender: Handler; close: () => void } {
  if (resolved.sender) return { sender: resolved.sender, close: () => {} };
  const own = createAxiosSender({ connectTimeoutMs: resolved.connectTimeoutMs, clock: resolved.clock });
  return { sender: own, close: () => own.destroy() };
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
  const { sender, close } = senderOf(resolved);
  const transport = composeTransport(standardMiddleware(resolved), sender);

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
