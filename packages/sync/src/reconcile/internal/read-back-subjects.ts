import { type BlacklistEntry, normalizeIdentifier, todayInShanghai } from '@credit-bridge/core';
import type { SubjectKey } from '@credit-bridge/credit-platform';
import { contentHash } from '../../dedupe/dedupe-key.js';
import type { ReconcileClient } from '../reconcile-options.js';
import type { ReconcileDifference, ReconcileReadBackError } from '../reconcile-report.js';
import { maskedSubject } from './masked-subject.js';
import { readBackError } from './read-back-error.js';
import type { FeedRecord, FeedScan } from './read-feeds.js';
import { type LedgerScan, ledgerKey } from './read-ledger.js';

/** A subject to check, from the feed's newest version of one of the ledger's entries. */
export interface SampledSubject {
  readonly entry: BlacklistEntry;
  readonly sink: string;
}

/** A subject's key in machine form, and as text for maps. */
export function subjectKeyOf(entry: BlacklistEntry): { key: SubjectKey; text: string } {
  if (entry.subject.category === 'natural_person') {
    const idNumber = normalizeIdentifier(entry.subject.idNumber);
    return { key: { idNumber }, text: `idNumber:${idNumber}` };
  }
  const uscc = normalizeIdentifier(entry.subject.uscc);
  return { key: { uscc }, text: `uscc:${uscc}` };
}

/** Whether the feed says a record is in publication on `day`: listed, not ended, 有效期至 not passed. */
function inPublication(feed: FeedRecord<BlacklistEntry> | undefined, day: string): boolean {
  const latest = feed?.versions.get(feed.latest);
  return (
    latest !== undefined &&
    feed?.endedBy === undefined &&
    latest.action === 'list' &&
    (latest.validUntil === undefined || latest.validUntil >= day)
  );
}

/**
 * Checks sampled subjects (`blacklist.check`) and compares, for each of our records of the subject, what
 * the check lists with what the feed says is in publication on the platform's day; a listed entry of the
 * ledger's version must carry the ledger's content.
 */
export async function readBackSubjects(
  client: ReconcileClient,
  sampled: readonly SampledSubject[],
  context: { ledger: LedgerScan; feeds: FeedScan; ours: (entry: BlacklistEntry) => boolean },
): Promise<{ differences: ReconcileDifference[]; errors: ReconcileReadBackError[] }> {
  const { ledger, feeds } = context;
  const bySubject = new Map<string, string[]>();
  for (const [recordId, feed] of feeds.blacklist) {
    const latest = feed.versions.get(feed.latest);
    if (latest === undefined) continue;
    const { text } = subjectKeyOf(latest);
    bySubject.set(text, [...(bySubject.get(text) ?? []), recordId]);
  }
  const differences: ReconcileDifference[] = [];
  const errors: ReconcileReadBackError[] = [];
  for (const { entry: sample, sink } of sampled) {
    const { key, text } = subjectKeyOf(sample);
    const subject = maskedSubject(sample.subject);
    let result: Awaited<ReturnType<ReconcileClient['blacklist']['check']>>;
    try {
      result = await client.blacklist.check(key);
    } catch (error) {
      errors.push(readBackError('blacklist.check', { subject }, error));
      continue;
    }
    const day = todayInShanghai(Date.parse(result.checkedAt));
    const listed = new Map(result.entries.map((entry) => [entry.recordId, entry]));
    for (const recordId of new Set([...(bySubject.get(text) ?? []), ...listed.keys()])) {
      const feed = feeds.blacklist.get(recordId);
      const latest = feed?.versions.get(feed.latest);
      const held = ledger.records.get(ledgerKey(sink, 'blacklist', recordId));
      if (held === undefined && (latest === undefined || !context.ours(latest))) continue;
      const fixed = {
        recordType: 'blacklist' as const,
        recordId,
        sink,
        source: 'read-back' as const,
        subject,
        ...(feed === undefined ? {} : { platformVersion: feed.latest }),
      };
      const expected = inPublication(feed, day);
      const entry = listed.get(recordId);
      if (expected !== (entry !== undefined)) {
        differences.push({
          ...fixed,
          kind: 'status_mismatch',
          message: expected
            ? 'the feed says the entry is in publication; blacklist.check does not list it'
            : 'blacklist.check lists the entry; the feed says it is not in publication',
        });
      }
      const hashes = entry === undefined ? undefined : held?.accepted.get(entry.version);
      if (entry !== undefined && hashes !== undefined && !hashes.has(contentHash(entry))) {
        differences.push({
          ...fixed,
          kind: 'content_mismatch',
          ledgerVersion: entry.version,
          ledgerStatus: 'accepted',
          message: `blacklist.check answers v${entry.version} with other content than the ledger's hash of it`,
        });
      }
    }
  }
  return { differences, errors };
}
