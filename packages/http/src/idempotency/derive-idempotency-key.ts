import { sm3 } from '@credit-bridge/core';

/** One business record of a batch: its stable key and the version being sent. */
export interface IdempotencyItem {
  key: string;
  /** `3` and `'3'` are the same version: sources disagree on types, re-runs must not. */
  version: number | string;
}

const KEY_PREFIX = 'cb1-';
// The contract allows 16–64 characters of [A-Za-z0-9-]: the prefix plus 60 hex digits (240 bits of SM3).
const DIGEST_CHARS = 60;

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A deterministic `Idempotency-Key` for a batch: `cb1-` + 60 hex digits of the SM3 of the operation and the sorted
 * (key, version) pairs. The same records at the same versions give the same key whatever their order and
 * whenever the batch is built, so a re-run days later is deduplicated by the platform, not only a retry.
 * A changed version gives a new key, so a real update is never mistaken for a replay.
 *
 * @example
 * deriveIdempotencyKey({ operation: 'blacklist.submit', items: [{ key: 'SXMD-2025-0001', version: 2 }] });
 * // 'cb1-…' (64 characters, the contract's maximum)
 */
export function deriveIdempotencyKey(input: {
  operation: string;
  items: readonly IdempotencyItem[];
}): string {
  const pairs = input.items
    .map((item) => [item.key, String(item.version)] as const)
    .sort(
      ([keyA, versionA], [keyB, versionB]) =>
        compareCodeUnits(keyA, keyB) || compareCodeUnits(versionA, versionB),
    );
  // JSON arrays make the encoding unambiguous: no choice of separator can be forged by a key's content.
  return `${KEY_PREFIX}${sm3(JSON.stringify([input.operation, pairs])).slice(0, DIGEST_CHARS)}`;
}
