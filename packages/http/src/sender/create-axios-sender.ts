import type { LookupFunction } from 'node:net';
import axios, { type AxiosRequestConfig, type AxiosResponse } from 'axios';
import type { Handler } from '../compose-transport.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { requestContext } from '../errors/transport-error.js';
import type { HttpRequest, HttpResponse } from '../http-request.js';
import { abortErrorFor } from '../internal/abort-error-for.js';
import { onScopeAbort } from '../internal/timeout-scope.js';
import { targetOf, targetUrl } from '../request/request-target.js';
import { CONNECT_TIMEOUT_CODE, createKeepAliveAgents } from './create-keep-alive-agents.js';

/** Options of {@link createAxiosSender}. */
export interface AxiosSenderOptions {
  /** Default 5 000 ms. */
  connectTimeoutMs?: number;
  /** Sockets per origin; default 64. */
  maxSockets?: number;
  /** DNS lookup override; default the system resolver. */
  lookup?: LookupFunction;
  clock?: () => number;
}

/** The terminal handler plus a way to close its pooled sockets. */
export type AxiosSender = Handler & { destroy(): void };

function toBuffer(body: Uint8Array | string | undefined): Buffer | undefined {
  if (body === undefined) return undefined;
  return typeof body === 'string'
    ? Buffer.from(body, 'utf8')
    : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}

function lowercaseHeaders(headers: AxiosResponse['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || value === null) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

/**
 * How axios learns that the request's signal fired: the signal of a deadline layer's scope cancels a
 * cancel token through the scope, any other signal is handed to axios, which listens to it.
 */
function cancellation(signal: AbortSignal | undefined): {
  config: Pick<AxiosRequestConfig, 'signal' | 'cancelToken'>;
  release: (() => void) | undefined;
} {
  if (signal === undefined) return { config: {}, release: undefined };
  const source = axios.CancelToken.source();
  const release = onScopeAbort(signal, source.cancel);
  return release === undefined
    ? { config: { signal }, release }
    : { config: { cancelToken: source.token }, release };
}

function transportErrorOf(error: unknown, request: HttpRequest, connectTimeoutMs: number) {
  if (axios.isCancel(error) || request.signal?.aborted) return abortErrorFor(request.signal?.reason, request);
  const failure = error as { code?: unknown; message?: unknown; request?: { reusedSocket?: unknown } };
  const code = typeof failure.code === 'string' ? failure.code : undefined;
  // No `cause`: axios errors hold the request config, headers (the signature) and body (identifiers).
  if (code === CONNECT_TIMEOUT_CODE) {
    return new TimeoutError({ ...requestContext(request), deadline: 'connect', timeoutMs: connectTimeoutMs });
  }
  return new NetworkError({
    ...requestContext(request),
    reason:
      typeof failure.message === 'string' && failure.message !== '' ? failure.message : 'request failed',
    syscallCode: code,
    reusedSocket: failure.request?.reusedSocket === true,
  });
}

/**
 * The terminal sender: axios over keep-alive agents with a connect timeout on each new socket. Any status
 * is a response (the layers above decide what is an error); the body is read fully as bytes; the request's
 * signal aborts the socket. Redirects are not followed: a signed API call answered with a redirect is an
 * error to see, not to chase.
 *
 * @example
 * const sender = createAxiosSender({ connectTimeoutMs: 2_000 });
 * const response = await sender({ method: 'GET', url: 'http://127.0.0.1:4010/health', headers: {} });
 * sender.destroy();
 */
export function createAxiosSender(options: AxiosSenderOptions = {}): AxiosSender {
  const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
  const clock = options.clock ?? Date.now;
  const { httpAgent, httpsAgent } = createKeepAliveAgents({
    connectTimeoutMs,
    maxSockets: options.maxSockets ?? 64,
    lookup: options.lookup,
  });
  const instance = axios.create({
    httpAgent,
    httpsAgent,
    responseType: 'arraybuffer',
    validateStatus: () => true,
    maxRedirects: 0,
    // Loopback and intranet platforms must not be routed through a proxy picked up from the environment.
    proxy: false,
    transformRequest: [(data: unknown) => data],
    transformResponse: [(data: unknown) => data],
  });
  const send = async (request: HttpRequest): Promise<HttpResponse> => {
    const started = clock();
    const cancel = cancellation(request.signal);
    try {
      const response = await instance.request<Buffer>({
        method: request.method,
        url: targetUrl(targetOf(request)),
        headers: { ...request.headers },
        data: toBuffer(request.body),
        ...cancel.config,
      });
      return {
        status: response.status,
        headers: lowercaseHeaders(response.headers),
        // A copy: small Buffers share a pooled ArrayBuffer that must not leak through `.buffer`.
        body: new Uint8Array(response.data ?? []),
        requestId: request.requestId ?? '',
        attempts: request.attempt ?? 1,
        durationMs: clock() - started,
      };
    } catch (error) {
      throw transportErrorOf(error, request, connectTimeoutMs);
    } finally {
      cancel.release?.();
    }
  };
  return Object.assign(send, {
    destroy() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  });
}
