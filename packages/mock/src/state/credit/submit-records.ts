import type { RecordOf, RecordType } from '@credit-bridge/core';
import { type CreditData, endedKey } from './credit-data.js';
import type { BatchOutcome, RecordResult } from './credit-types.js';
import { judgeRecord } from './judge-record.js';
import { type StoredVersion, storedVersion } from './record-store.js';
import { shanghaiSeconds } from './shanghai-seconds.js';

/** The platform's time for a submission. */
export interface SubmitContext {
  /** Epoch milliseconds. */
  readonly now: number;
  /** The platform's calendar day (Asia/Shanghai), for validation. */
  readonly today: string;
}

const APPROVED_STATUSES = new Set(['approved', 'synced_local', 'synced_third_parties']);

/**
 * Judges a batch record by record, in input order, and applies the accepted ones: a new record or a newer
 * version is stored (`accepted`), the version already held is `duplicate` and changes nothing, an older
 * one is `rejected` with `E_STALE_VERSION`. Blacklist versions and repairs go into their feeds; an
 * approved repair ends the publication of its target (and a blacklist target shows `publication_ended`).
 *
 * @example
 * const outcome = submitRecords(data, 'blacklist', rows, { now, today: '2026-01-06' });
 * outcome.results[0]?.status; // 'accepted'
 */
export function submitRecords(
  data: CreditData,
  type: RecordType,
  rows: readonly unknown[],
  context: SubmitContext,
): BatchOutcome {
  const batch: BatchContext = {
    ...context,
    changedAt: shanghaiSeconds(context.now),
    store: data.stores[type] as unknown as BatchContext['store'],
  };
  const results: RecordResult[] = rows.map((row, index) => submitOne(data, type, row, index, batch));
  const counts = { accepted: 0, duplicate: 0, rejected: 0 };
  for (const result of results) counts[result.status] += 1;
  return { received: rows.length, ...counts, results };
}

// What every record of a batch shares: the platform's time (the feeds' `changedAt` included) and the store.
interface BatchContext extends SubmitContext {
  readonly changedAt: string;
  readonly store: {
    latest(id: string): StoredVersion<RecordType> | undefined;
    put(id: string, version: StoredVersion<RecordType>): void;
  };
}

function submitOne(
  data: CreditData,
  type: RecordType,
  row: unknown,
  index: number,
  context: BatchContext,
): RecordResult {
  const judged = judgeRecord(type, row, context.today);
  if (!judged.ok) return { index, recordId: judged.recordId, status: 'rejected', errors: judged.errors };
  const { recordId, version } = judged.record;
  const { store, changedAt } = context;
  const latest = store.latest(recordId);
  if (latest !== undefined && version === latest.version) return { index, recordId, status: 'duplicate' };
  if (latest !== undefined && version < latest.version) {
    return {
      index,
      recordId,
      status: 'rejected',
      errors: [
        {
          code: 'E_STALE_VERSION',
          field: 'RECORD_VERSION',
          message: `version ${version} is older than the stored version ${latest.version}`,
        },
      ],
    };
  }
  const stored = storedVersion(type, judged.record, context.now);
  store.put(recordId, stored);
  if (type === 'blacklist') {
    const entry = judged.record as RecordOf<'blacklist'>;
    const previous = latest?.record as RecordOf<'blacklist'> | undefined;
    const changeType =
      entry.action === 'remove'
        ? 'removed'
        : previous === undefined || previous.action === 'remove'
          ? 'listed'
          : 'updated';
    data.blacklistFeed.append({
      changeType,
      recordId,
      version: String(version),
      changedAt,
      record: stored.wire,
    });
  }
  if (type === 'repair') {
    const repair = judged.record as RecordOf<'repair'>;
    data.repairFeed.append({
      changeType: latest === undefined ? 'created' : 'updated',
      repairId: recordId,
      version: String(version),
      changedAt,
      record: stored.wire,
    });
    if (repair.decision?.outcome === 'approved' || APPROVED_STATUSES.has(repair.status)) {
      endPublication(data, repair, context.now, changedAt);
    }
  }
  return { index, recordId, status: 'accepted' };
}

function endPublication(data: CreditData, repair: RecordOf<'repair'>, now: number, changedAt: string): void {
  const { recordType, recordId } = repair.target;
  const key = endedKey(recordType, recordId);
  if (data.ended.has(key)) return;
  data.ended.set(key, { repairId: repair.recordId, at: now });
  const target = recordType === 'blacklist' ? data.stores.blacklist.latest(recordId) : undefined;
  if (target !== undefined) {
    data.blacklistFeed.append({
      changeType: 'publication_ended',
      recordId,
      version: String(target.version),
      changedAt,
      repairId: repair.recordId,
      record: target.wire,
    });
  }
}
