import type { DedupeKey } from '../dedupe/dedupe-key.js';
import type { DeliveryRecord } from '../state/state-store.js';

/**
 * What to do with a record at one sink, given the ledger:
 * - `send`: the sink holds no verdict on this content (no entry, or `sent` with no answer before a crash:
 *   sending again is safe, the platform answers `duplicate` if it had arrived);
 * - `unchanged`: this id, version and content already has a verdict there (`accepted`, or `rejected`);
 * - `conflict`: this id and version was accepted with other content (and no higher version was): a
 *   changed record must raise its version, so it is dead-lettered rather than silently left different
 *   on the two sides;
 * - `stale`: a higher version was accepted there; the newer one wins and this one is skipped.
 */
export type DeliveryVerdict =
  | { readonly kind: 'send' }
  | { readonly kind: 'unchanged'; readonly status: 'accepted' | 'rejected' }
  | { readonly kind: 'conflict'; readonly acceptedHash: string }
  | { readonly kind: 'stale'; readonly acceptedVersion: number };

/**
 * Judges a record against the ledger entries of its id (any sink, any version; others are ignored).
 * A `rejected` entry with other content does not block: the corrected record may be sent.
 *
 * @example
 * const entries = await store.findDeliveries([key]);
 * judgeDelivery(key, 'credit-platform', entries); // { kind: 'send' }
 */
export function judgeDelivery(
  key: DedupeKey,
  sink: string,
  entries: readonly DeliveryRecord[],
): DeliveryVerdict {
  let conflict: string | undefined;
  let newer: number | undefined;
  for (const entry of entries) {
    if (entry.sink !== sink || entry.recordType !== key.recordType || entry.recordId !== key.recordId)
      continue;
    if (entry.version === key.version && entry.contentHash === key.contentHash) {
      if (entry.status === 'sent') continue;
      return { kind: 'unchanged', status: entry.status };
    }
    if (entry.status !== 'accepted') continue;
    if (entry.version === key.version) conflict = entry.contentHash;
    else if (entry.version > key.version && (newer === undefined || entry.version > newer))
      newer = entry.version;
  }
  // Once a higher version was accepted the older one's content no longer matters: the newer one wins.
  if (newer !== undefined) return { kind: 'stale', acceptedVersion: newer };
  if (conflict !== undefined) return { kind: 'conflict', acceptedHash: conflict };
  return { kind: 'send' };
}

/** A record's earlier row in the same run: judged `send`, not in the ledger yet. */
export interface EarlierRow {
  readonly version: number;
  readonly hash: string;
}

/**
 * Refines a `send` verdict with the same record's earlier row in this run, which the ledger cannot know
 * yet: the same version and content is `unchanged`, the same version with other content a `conflict`, a
 * lower version `stale`; a higher version is sent.
 *
 * @example
 * judgeAgainstEarlier(judgeDelivery(key, sink, entries), unsettled.get(key.recordId), key);
 */
export function judgeAgainstEarlier(
  verdict: DeliveryVerdict,
  earlier: EarlierRow | undefined,
  key: DedupeKey,
): DeliveryVerdict {
  if (verdict.kind !== 'send' || earlier === undefined) return verdict;
  if (earlier.version === key.version) {
    return earlier.hash === key.contentHash
      ? { kind: 'unchanged', status: 'accepted' }
      : { kind: 'conflict', acceptedHash: earlier.hash };
  }
  return earlier.version > key.version ? { kind: 'stale', acceptedVersion: earlier.version } : verdict;
}
