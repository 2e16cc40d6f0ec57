import { sha256 } from '@credit-bridge/core';
import type { MockClock } from '../clock.js';

/** What a look-up found for an idempotency key. */
export type IdempotencyLookup<R> =
  | { readonly kind: 'miss' }
  | { readonly kind: 'replay'; readonly response: R }
  | { readonly kind: 'mismatch'; readonly firstUsedAt: number };

/** Stored answers to idempotent requests, by app key and `Idempotency-Key`. */
export interface IdempotencyCache<R> {
  lookup(appKey: string, key: string, fingerprint: string): IdempotencyLookup<R>;
  store(appKey: string, key: string, fingerprint: string, response: R): void;
  size(): number;
  clear(): void;
}

/**
 * The fingerprint of a request for idempotency: SHA-256 over method, path and the exact body bytes, so
 * the same key on another operation or with another body is a mismatch.
 */
export function requestFingerprint(method: string, path: string, body: Uint8Array): string {
  const head = new TextEncoder().encode(`${method.toUpperCase()}\n${path}\n`);
  const bytes = new Uint8Array(head.length + body.length);
  bytes.set(head);
  bytes.set(body, head.length);
  return sha256(bytes);
}

/**
 * Creates the cache the contract describes: each key is kept with its request fingerprint for `ttlMs`
 * (default 24 hours). The caller decides what to store (the contract keeps no 5xx answer).
 *
 * @example
 * const cache = createIdempotencyCache<MockResponse>({ clock });
 * const found = cache.lookup(appKey, key, requestFingerprint('POST', path, body));
 */
export function createIdempotencyCache<R>(options: {
  clock: MockClock;
  ttlMs?: number;
}): IdempotencyCache<R> {
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  let entries = new Map<string, { fingerprint: string; response: R; storedAt: number }>();
  const prune = (now: number): void => {
    for (const [key, entry] of entries) {
      if (now - entry.storedAt < ttlMs) break;
      entries.delete(key);
    }
  };
  return {
    lookup(appKey, key, fingerprint) {
      prune(options.clock.now());
      const entry = entries.get(`${appKey}\n${key}`);
      if (entry === undefined) return { kind: 'miss' };
      if (entry.fingerprint !== fingerprint) return { kind: 'mismatch', firstUsedAt: entry.storedAt };
      return { kind: 'replay', response: entry.response };
    },
    store(appKey, key, fingerprint, response) {
      entries.set(`${appKey}\n${key}`, { fingerprint, response, storedAt: options.clock.now() });
    },
    size: () => entries.size,
    clear() {
      entries = new Map();
    },
  };
}
