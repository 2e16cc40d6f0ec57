import { CreditBridgeError, type RecordType, toShanghaiTimestamp } from '@credit-bridge/core';
import { compareWithFeeds } from './internal/compare-with-feeds.js';
import { readBackRepairs } from './internal/read-back-repairs.js';
import { readBackSubjects, type SampledSubject, subjectKeyOf } from './internal/read-back-subjects.js';
import { type FeedScan, readFeeds } from './internal/read-feeds.js';
import type { LedgerScan } from './internal/read-ledger.js';
import { readLedger } from './internal/read-ledger.js';
import { spread } from './internal/spread.js';
import type { ReconcileOptions } from './reconcile-options.js';
import {
  RECONCILE_DIFFERENCE_KINDS,
  type ReconcileCoverage,
  type ReconcileDifference,
  type ReconcileDifferenceKind,
  type ReconcileReport,
} from './reconcile-report.js';

const RECORD_TYPES: readonly RecordType[] = ['blacklist', 'repair', 'penalty', 'license'];

// The contract (docs/contracts/credit-platform.openapi.yaml) publishes change feeds and read-backs for the
// blacklist and repairs only; penalties and licences are write-only there, with no listing or count.
const NO_FEED: Readonly<Record<string, string>> = {
  penalty:
    'not reconciled: the credit platform contract has no change feed, listing, count or read-back of 行政处罚; the ledger counts are for the operator',
  license:
    'not reconciled: the credit platform contract has no change feed, listing, count or read-back of 行政许可; the ledger counts are for the operator',
};

/**
 * Compares the delivery ledger with the credit platform: the blacklist and repair change feeds read whole
 * (every version the ledger says was accepted should be there, the newest one the platform's newest; every
 * version of our records there should be in the ledger), then read-backs of a sample (`repairs.get`,
 * `blacklist.check`). Lists every difference with its kind, record key and masked subject. Penalties and
 * licences have no feed in the contract and are not reconciled: the report's `coverage` says so and gives
 * the ledger's counts. A feed that cannot be read fails the call; a failed read-back is listed in `errors`.
 *
 * @example
 * const report = await reconcile({ store, client, sample: 50 });
 * if (!report.consistent) console.table(report.differences);
 */
export async function reconcile(options: ReconcileOptions): Promise<ReconcileReport> {
  const clock = options.clock ?? Date.now;
  const startedAt = toShanghaiTimestamp(clock());
  const sinks = options.sinks ?? ['credit-platform'];
  const sample = options.sample ?? 20;
  if (sinks.length === 0 || sinks.some((sink) => typeof sink !== 'string' || sink.trim() === '')) {
    throw configError('sinks must name at least one sink');
  }
  if (!Number.isSafeInteger(sample) || sample < 0)
    throw configError(`sample must be an integer >= 0, got ${sample}`);

  const ledger = await readLedger(options.store, new Set(sinks));
  const feeds = await readFeeds(options.client, { pageSize: options.pageSize, signal: options.signal });
  const systems = new Set(options.sourceSystems ?? inferSourceSystems(ledger, feeds));
  const ours = (record: { sourceSystem: string }) => systems.has(record.sourceSystem);
  const fromFeeds = compareWithFeeds(ledger, feeds, sinks, ours);

  const settled = [...ledger.records.values()].filter((record) => record.accepted.size > 0);
  const repairs = spread(
    settled.filter((record) => record.recordType === 'repair'),
    sample,
  );
  const subjects = new Map<string, SampledSubject>();
  for (const record of settled) {
    const feed = record.recordType === 'blacklist' ? feeds.blacklist.get(record.recordId) : undefined;
    const entry = feed?.versions.get(feed.latest);
    if (entry !== undefined) subjects.set(subjectKeyOf(entry).text, { entry, sink: record.sink });
  }
  const checked = spread([...subjects.values()], sample);
  const repairBacks = await readBackRepairs(options.client, repairs);
  const subjectBacks = await readBackSubjects(options.client, checked, { ledger, feeds, ours });

  // A read-back that repeats what the feeds showed adds nothing.
  const seen = new Set(fromFeeds.map(identity));
  const differences = [
    ...fromFeeds,
    ...[...repairBacks.differences, ...subjectBacks.differences].filter((item) => !seen.has(identity(item))),
  ].sort(compareDifferences);
  const counts = Object.fromEntries(RECONCILE_DIFFERENCE_KINDS.map((kind) => [kind, 0])) as Record<
    ReconcileDifferenceKind,
    number
  >;
  for (const difference of differences) counts[difference.kind] += 1;
  return {
    startedAt,
    finishedAt: toShanghaiTimestamp(clock()),
    consistent: differences.length === 0,
    differences,
    counts,
    coverage: coverageOf(ledger, sinks),
    feeds: feeds.summary,
    readBacks: { repairs: repairs.length, subjects: checked.length },
    errors: [...repairBacks.errors, ...subjectBacks.errors],
  };
}

function inferSourceSystems(ledger: LedgerScan, feeds: FeedScan): Set<string> {
  const systems = new Set<string>();
  for (const record of ledger.records.values()) {
    for (const version of feeds[record.recordType].get(record.recordId)?.versions.values() ?? []) {
      systems.add(version.sourceSystem);
    }
  }
  return systems;
}

function coverageOf(ledger: LedgerScan, sinks: readonly string[]): ReconcileCoverage[] {
  const coverage: ReconcileCoverage[] = [];
  for (const sink of new Set([...sinks, ...[...ledger.counts.keys()].sort()])) {
    const reconciled = sinks.includes(sink);
    for (const recordType of RECORD_TYPES) {
      const tally = ledger.counts.get(sink)?.get(recordType);
      if (!reconciled && tally === undefined) continue;
      const withFeed = reconciled && (recordType === 'blacklist' || recordType === 'repair');
      const note = reconciled ? NO_FEED[recordType] : 'not reconciled: the sink is not the credit platform';
      coverage.push({
        sink,
        recordType,
        method: withFeed ? 'feed+read-back' : 'none',
        ledger: tally ?? { accepted: 0, sent: 0, rejected: 0 },
        ...(withFeed || note === undefined ? {} : { note }),
      });
    }
  }
  return coverage;
}

function identity(difference: ReconcileDifference): string {
  return [difference.kind, difference.sink, difference.recordType, difference.recordId].join('\u001f');
}

function compareDifferences(a: ReconcileDifference, b: ReconcileDifference): number {
  return (
    a.recordType.localeCompare(b.recordType) ||
    (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0) ||
    RECONCILE_DIFFERENCE_KINDS.indexOf(a.kind) - RECONCILE_DIFFERENCE_KINDS.indexOf(b.kind) ||
    (a.ledgerVersion ?? 0) - (b.ledgerVersion ?? 0) ||
    (a.platformVersion ?? 0) - (b.platformVersion ?? 0)
  );
}

function configError(message: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_CONFIG', message: `[reconcile] ${message}` });
}
