import type { Handler, HttpRequest, HttpResponse } from '../../src/index.js';

/** One scripted outcome: a response status (with headers) or an error thrown by the sender. */
export type Outcome =
  | number
  | { status: number; headers?: Record<string, string> }
  | ((request: HttpRequest) => Error);

/**
 * A sender that answers from a script and records every request it received; after the script, 200.
 * For middleware tests that need no socket.
 */
export function scriptedSender(...outcomes: Outcome[]): Handler & { seen: HttpRequest[] } {
  const seen: HttpRequest[] = [];
  const send = async (request: HttpRequest): Promise<HttpResponse> => {
    seen.push(request);
    const next = outcomes.shift() ?? 200;
    if (typeof next === 'function') throw next(request);
    const { status, headers = {} } = typeof next === 'number' ? { status: next } : next;
    return {
      status,
      headers,
      body: new TextEncoder().encode('{}'),
      requestId: request.requestId ?? '',
      attempts: request.attempt ?? 1,
      durationMs: 0,
    };
  };
  return Object.assign(send, { seen });
}

/** An injected sleep that records the waits and returns at once. */
export function recordingSleep(): ((ms: number, signal?: AbortSignal) => Promise<void>) & {
  waits: number[];
} {
  const waits: number[] = [];
  const sleep = async (ms: number, signal?: AbortSignal) => {
    waits.push(ms);
    signal?.throwIfAborted();
  };
  return Object.assign(sleep, { waits });
}
