import { computeSignature } from '@credit-bridge/core';
import type { MockClock } from '../../src/index.js';

/** What a test sends; everything but method and target is optional. */
export interface CallOptions {
  /** A JSON value (serialised compactly), or exact text or bytes. */
  readonly body?: unknown;
  readonly idempotencyKey?: string;
  readonly signMethod?: 'HMAC-SM3' | 'HMAC-SHA256';
  readonly appKey?: string;
  readonly secret?: string;
  readonly timestamp?: string;
  readonly nonce?: string;
  /** Replace the computed signature. */
  readonly signature?: string;
  /** Header names to leave out. */
  readonly omit?: readonly string[];
  readonly headers?: Readonly<Record<string, string>>;
  /** Default `application/json` when there is a body. */
  readonly contentType?: string;
}

/** What came back. */
export interface CallResult {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body exactly as received. */
  readonly bytes: Uint8Array;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response JSON loosely.
  readonly json: any;
}

/** A signing HTTP client over fetch for the scenario suites. */
export interface TestClient {
  readonly baseUrl: string;
  call(method: string, target: string, options?: CallOptions): Promise<CallResult>;
  /** Sends and returns the raw fetch response, for fault tests that read the body themselves. */
  raw(method: string, target: string, options?: CallOptions): Promise<Response>;
}

let nonces = 0;

/** A fresh nonce of the contract's form. */
export function freshNonce(): string {
  nonces += 1;
  return `test-nonce-${String(nonces).padStart(10, '0')}-${process.pid}`;
}

/** A fresh Idempotency-Key of the contract's form. */
export function freshKey(): string {
  nonces += 1;
  return `idem-${String(nonces).padStart(12, '0')}`;
}

/**
 * Creates a client that signs every request as docs/guides/signing-requests.md says, with the platform
 * clock's time, the demo app unless told otherwise, and a new nonce each time.
 */
export function createTestClient(baseUrl: string, clock: MockClock): TestClient {
  const raw = (method: string, target: string, options: CallOptions = {}): Promise<Response> => {
    const body =
      options.body === undefined
        ? new Uint8Array()
        : options.body instanceof Uint8Array
          ? options.body
          : new TextEncoder().encode(
              typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
            );
    const [path = '/', query = ''] = target.split('?');
    const pairs = query
      .split('&')
      .filter((part) => part !== '')
      .map((part) => {
        const equals = part.indexOf('=');
        const name = equals === -1 ? part : part.slice(0, equals);
        const value = equals === -1 ? '' : part.slice(equals + 1);
        return [decodeURIComponent(name), decodeURIComponent(value)] as [string, string];
      });
    const timestamp = options.timestamp ?? String(clock.now());
    const nonce = options.nonce ?? freshNonce();
    const signMethod = options.signMethod ?? 'HMAC-SM3';
    const signature =
      options.signature ??
      computeSignature({
        signMethod,
        method,
        path,
        query: pairs,
        body,
        timestamp,
        nonce,
        appSecret: options.secret ?? 'demo-secret-change-me',
      });
    const headers: Record<string, string> = {
      'X-App-Key': options.appKey ?? 'demo-app',
      'X-Timestamp': timestamp,
      'X-Nonce': nonce,
      'X-Sign-Method': signMethod,
      'X-Signature': signature,
      ...(body.length > 0 ? { 'Content-Type': options.contentType ?? 'application/json' } : {}),
      ...(options.idempotencyKey === undefined ? {} : { 'Idempotency-Key': options.idempotencyKey }),
      ...options.headers,
    };
    for (const name of options.omit ?? []) delete headers[name];
    return fetch(`${baseUrl}${target}`, { method, headers, ...(body.length > 0 ? { body } : {}) });
  };
  return {
    baseUrl,
    raw,
    async call(method, target, options) {
      const response = await raw(method, target, options);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const text = new TextDecoder().decode(bytes);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: response.status, headers: response.headers, text, bytes, json };
    },
  };
}
