import { isCreditBridgeError, redact, redactText } from '@credit-bridge/core';
import type { HttpRequest } from '../http-request.js';
import { targetOf } from '../request/request-target.js';

/** What happened: an attempt went out, a response came back, a retry was scheduled, an attempt failed. */
export type HttpEventType = 'request' | 'response' | 'retry' | 'error';

/** A transport event for logs and metrics. Identifiers and secrets are already masked. */
export interface HttpEvent {
  type: HttpEventType;
  requestId: string;
  operation: string | undefined;
  method: string;
  path: string;
  /** The query with secret parameters dropped and identifiers masked; absent when there is none. */
  query?: string;
  attempt: number;
  /** On `request`: headers with credentials dropped and identifiers masked. */
  headers?: Record<string, string>;
  status?: number;
  /** On `response` and `error`: the attempt's duration. */
  durationMs?: number;
  /** On `retry`: the wait before the next attempt. */
  delayMs?: number;
  error?: { name: string; code: string | undefined; message: string; retryable: boolean | undefined };
}

/** Receives every transport event; a listener that throws is ignored, it never fails the call. */
export type OnHttpEvent = (event: HttpEvent) => void;

const SECRET_PARAMS = new Set([
  'sign',
  'signature',
  'x-signature',
  'appsecret',
  'secret',
  'token',
  'access_token',
  'accesstoken',
  'password',
  'authorization',
]);
const SECRET_HEADERS = new Set([
  'x-signature',
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
]);

function safeQuery(pairs: readonly (readonly [string, string])[]): string | undefined {
  const kept = pairs.filter(([name]) => !SECRET_PARAMS.has(name.toLowerCase()));
  if (kept.length === 0) return undefined;
  // redact() masks by key (idNumber, …) and by shape inside any value.
  return kept.map(([name, value]) => `${name}=${String(redact({ [name]: value })[name])}`).join('&');
}

function safeHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const kept = Object.entries(headers).filter(([name]) => !SECRET_HEADERS.has(name.toLowerCase()));
  return redact(Object.fromEntries(kept));
}

function summarizeError(error: unknown): NonNullable<HttpEvent['error']> {
  if (isCreditBridgeError(error)) {
    return { name: error.name, code: error.code, message: error.message, retryable: error.retryable };
  }
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return { name, code: undefined, message: redactText(message), retryable: undefined };
}

/**
 * Builds a transport event from the request it is about, redacting at construction: secret query
 * parameters and credential headers are dropped, identifiers masked, errors summarised by code.
 *
 * @example
 * onEvent(createHttpEvent('retry', request, { delayMs: 250, error }));
 */
export function createHttpEvent(
  type: HttpEventType,
  request: HttpRequest,
  extra: {
    status?: number;
    durationMs?: number;
    delayMs?: number;
    error?: unknown;
    includeHeaders?: boolean;
  } = {},
): HttpEvent {
  const target = targetOf(request);
  const query = safeQuery(target.pairs);
  const event: HttpEvent = {
    type,
    requestId: request.requestId ?? '',
    operation: request.operation,
    method: request.method,
    path: target.path,
    ...(query === undefined ? {} : { query }),
    attempt: request.attempt ?? 1,
    ...(extra.includeHeaders ? { headers: safeHeaders(request.headers) } : {}),
    ...(extra.status === undefined ? {} : { status: extra.status }),
    ...(extra.durationMs === undefined ? {} : { durationMs: extra.durationMs }),
    ...(extra.delayMs === undefined ? {} : { delayMs: extra.delayMs }),
    ...(extra.error === undefined ? {} : { error: summarizeError(extra.error) }),
  };
  return redact(event);
}

/** Delivers an event without letting a failing listener break the call it describes. */
export function emitEvent(onEvent: OnHttpEvent | undefined, build: () => HttpEvent): void {
  if (onEvent === undefined) return;
  try {
    onEvent(build());
  } catch {
    // A logging hook must not turn a successful call into a failure.
  }
}
