import type { BlacklistEntry, RepairRecord } from '@credit-bridge/core';
import type { ReconcileDifference, ReconciledRecordType } from '../reconcile-report.js';
import { maskedSubject } from './masked-subject.js';
import type { FeedRecord, FeedScan } from './read-feeds.js';
import { type LedgerRecord, type LedgerScan, ledgerKey } from './read-ledger.js';

type AnyFeedRecord = FeedRecord<BlacklistEntry> | FeedRecord<RepairRecord>;

const TYPES: readonly ReconciledRecordType[] = ['blacklist', 'repair'];

/** A difference's fixed parts, with the subject masked when the feed knows it. */
function base(
  ledger: Pick<LedgerRecord, 'sink' | 'recordType' | 'recordId'>,
  feed: AnyFeedRecord | undefined,
): Pick<ReconcileDifference, 'recordType' | 'recordId' | 'sink' | 'source' | 'subject'> {
  const latest = feed?.versions.get(feed.latest);
  return {
    recordType: ledger.recordType,
    recordId: ledger.recordId,
    sink: ledger.sink,
    source: 'feed',
    ...(latest === undefined ? {} : { subject: maskedSubject(latest.subject) }),
  };
}

function compareRecord(ledger: LedgerRecord, feed: AnyFeedRecord | undefined): ReconcileDifference[] {
  const differences: ReconcileDifference[] = [];
  const fixed = base(ledger, feed);
  const accepted = [...ledger.accepted.keys()].sort((a, b) => a - b);
  const newest = accepted.at(-1);
  if (feed === undefined) {
    if (newest !== undefined) {
      differences.push({
        ...fixed,
        kind: 'missing_on_platform',
        ledgerVersion: newest,
        ledgerStatus: 'accepted',
        message: `the ledger says v${newest} was accepted; the platform's feed has no version of the record`,
      });
    }
    return differences;
  }
  const platform = feed.latest;
  const mismatch = newest !== undefined && platform !== newest;
  if (mismatch) {
    differences.push({
      ...fixed,
      kind: 'version_mismatch',
      ledgerVersion: newest,
      ledgerStatus: 'accepted',
      platformVersion: platform,
      message: `the ledger's newest accepted version is v${newest}; the platform's is v${platform}`,
    });
  }
  for (const version of accepted) {
    // The newest one is covered by the mismatch above when the platform has another.
    if (feed.versions.has(version) || (mismatch && version === newest)) continue;
    differences.push({
      ...fixed,
      kind: 'missing_on_platform',
      ledgerVersion: version,
      ledgerStatus: 'accepted',
      platformVersion: platform,
      message: `the ledger says v${version} was accepted; the platform's feed never carried it`,
    });
  }
  for (const [version, status] of ledger.unsettled) {
    if (!feed.versions.has(version)) continue;
    differences.push({
      ...fixed,
      kind: 'status_mismatch',
      ledgerVersion: version,
      ledgerStatus: status,
      platformVersion: platform,
      message: `the ledger holds v${version} as ${status}; the platform accepted it`,
    });
  }
  for (const version of feed.versions.keys()) {
    if (ledger.accepted.has(version) || ledger.unsettled.has(version) || (mismatch && version === platform))
      continue;
    differences.push({
      ...fixed,
      kind: 'unknown_to_ledger',
      platformVersion: version,
      message: `the platform holds v${version}, which the ledger never recorded`,
    });
  }
  return differences;
}

/**
 * Compares the ledger with the feeds, record by record, for each reconciled sink: every accepted version
 * should be on the platform with the newest one the platform's newest; every version the platform holds
 * of a record we sent, or from one of our source systems (`ours`), should be in the ledger.
 */
export function compareWithFeeds(
  ledger: LedgerScan,
  feeds: FeedScan,
  sinks: readonly string[],
  ours: (record: BlacklistEntry | RepairRecord) => boolean,
): ReconcileDifference[] {
  const differences: ReconcileDifference[] = [];
  for (const record of ledger.records.values()) {
    differences.push(...compareRecord(record, feeds[record.recordType].get(record.recordId)));
  }
  // A record that no reconciled sink recorded is reported once, under the sinks together.
  const sink = sinks.join(',');
  for (const recordType of TYPES) {
    for (const [recordId, feed] of feeds[recordType] as Map<string, AnyFeedRecord>) {
      const latest = feed.versions.get(feed.latest);
      const known = sinks.some((each) => ledger.records.has(ledgerKey(each, recordType, recordId)));
      if (known || latest === undefined || !ours(latest)) continue;
      differences.push({
        ...base({ sink, recordType, recordId }, feed),
        kind: 'unknown_to_ledger',
        platformVersion: feed.latest,
        message: `the platform holds v${feed.latest} of a record from our source system ${latest.sourceSystem}, which the ledger never recorded`,
      });
    }
  }
  return differences;
}
