import type { RecordType } from '@credit-bridge/core';
import type { DeliveryKey, DeliveryStatus, StateStore } from '../../state/state-store.js';
import type { ReconciledRecordType } from '../reconcile-report.js';

/** What the ledger holds of one record at one sink. */
export interface LedgerRecord {
  readonly sink: string;
  readonly recordType: ReconciledRecordType;
  readonly recordId: string;
  /** The versions accepted, each with the content hashes accepted under it. */
  readonly accepted: Map<number, Set<string>>;
  /** The versions only ever `sent` (no verdict) or `rejected`. */
  readonly unsettled: Map<number, Exclude<DeliveryStatus, 'accepted'>>;
}

/** The ledger, read once: the records of the reconciled sinks and types, and counts of everything. */
export interface LedgerScan {
  /** By {@link ledgerKey}. */
  readonly records: Map<string, LedgerRecord>;
  /** Entries by `sink`, record type and status. */
  readonly counts: Map<string, Map<RecordType, Record<DeliveryStatus, number>>>;
}

/** The key of a record at a sink in {@link LedgerScan.records}. */
export function ledgerKey(sink: string, recordType: RecordType, recordId: string): string {
  return `${sink}\u001f${recordType}\u001f${recordId}`;
}

const PAGE = 1000;

/**
 * Pages through the whole ledger once, in key order: the blacklist and repair deliveries of `sinks` are
 * kept per record, everything else is only counted (the ledger of a district runs to millions of
 * penalties, which the platform offers no way to compare with).
 */
export async function readLedger(store: StateStore, sinks: ReadonlySet<string>): Promise<LedgerScan> {
  const records = new Map<string, LedgerRecord>();
  const counts = new Map<string, Map<RecordType, Record<DeliveryStatus, number>>>();
  let after: DeliveryKey | undefined;
  for (;;) {
    const page = await store.listDeliveries({ limit: PAGE, ...(after === undefined ? {} : { after }) });
    for (const delivery of page) {
      const bySink = counts.get(delivery.sink) ?? new Map<RecordType, Record<DeliveryStatus, number>>();
      counts.set(delivery.sink, bySink);
      const tally = bySink.get(delivery.recordType) ?? { accepted: 0, sent: 0, rejected: 0 };
      bySink.set(delivery.recordType, tally);
      tally[delivery.status] += 1;
      const { recordType } = delivery;
      if (!sinks.has(delivery.sink) || (recordType !== 'blacklist' && recordType !== 'repair')) continue;
      const key = ledgerKey(delivery.sink, recordType, delivery.recordId);
      const record = records.get(key) ?? {
        sink: delivery.sink,
        recordType,
        recordId: delivery.recordId,
        accepted: new Map<number, Set<string>>(),
        unsettled: new Map<number, Exclude<DeliveryStatus, 'accepted'>>(),
      };
      records.set(key, record);
      if (delivery.status === 'accepted') {
        const hashes = record.accepted.get(delivery.version) ?? new Set<string>();
        hashes.add(delivery.contentHash);
        record.accepted.set(delivery.version, hashes);
      } else if (!record.unsettled.has(delivery.version)) {
        record.unsettled.set(delivery.version, delivery.status);
      }
    }
    if (page.length < PAGE) break;
    after = page.at(-1);
  }
  // A version accepted under any content is settled, whatever else the ledger tried with it.
  for (const record of records.values()) {
    for (const version of record.accepted.keys()) record.unsettled.delete(version);
  }
  return { records, counts };
}
