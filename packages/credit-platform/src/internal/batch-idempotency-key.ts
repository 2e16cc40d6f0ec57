import { deriveIdempotencyKey } from '@credit-bridge/http';

/**
 * The `Idempotency-Key` of a batch: derived from the operation and the (record id, version) pairs of its
 * records, so the same records at the same versions give the same key on a retry, on a re-run days later
 * and in another process; a raised version gives a new key.
 *
 * @example
 * batchIdempotencyKey('penaltiesSubmit', [{ key: 'CF-2026-0001', version: 2 }]); // 'cb1-…' (64 characters)
 */
export function batchIdempotencyKey(
  operation: string,
  items: readonly { key: string; version: number | string }[],
): string {
  return deriveIdempotencyKey({ operation, items });
}
