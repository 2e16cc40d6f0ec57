import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/index.js';
import { createIdempotencyCache, requestFingerprint } from '../../src/state/credit/idempotency-cache.js';

describe('createIdempotencyCache', () => {
  const body = new TextEncoder().encode('{"records":[]}');

  it('replays for the same fingerprint, reports a mismatch for another, per app key', () => {
    const clock = createManualClock(0);
    const cache = createIdempotencyCache<string>({ clock });
    const print = requestFingerprint('POST', '/api/v1/penalties:batch', body);
    expect(cache.lookup('app', 'key-1', print)).toEqual({ kind: 'miss' });
    cache.store('app', 'key-1', print, 'first answer');
    expect(cache.lookup('app', 'key-1', print)).toEqual({ kind: 'replay', response: 'first answer' });
    expect(cache.lookup('other-app', 'key-1', print)).toEqual({ kind: 'miss' });
    const elsewhere = requestFingerprint('POST', '/api/v1/licenses:batch', body);
    expect(cache.lookup('app', 'key-1', elsewhere)).toEqual({ kind: 'mismatch', firstUsedAt: 0 });
  });

  it('forgets a key after 24 hours', () => {
    const clock = createManualClock(0);
    const cache = createIdempotencyCache<string>({ clock });
    const print = requestFingerprint('POST', '/p', body);
    cache.store('app', 'key-1', print, 'answer');
    clock.advance(24 * 60 * 60 * 1000 - 1);
    expect(cache.lookup('app', 'key-1', print).kind).toBe('replay');
    clock.advance(1);
    expect(cache.lookup('app', 'key-1', print).kind).toBe('miss');
    expect(cache.size()).toBe(0);
  });
});
