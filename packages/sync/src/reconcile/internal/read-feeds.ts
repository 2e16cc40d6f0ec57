import type { BlacklistEntry, RepairRecord } from '@credit-bridge/core';
import type { ReconcileClient } from '../reconcile-options.js';

/** What a feed says of one record: every version it carried, the newest, and (blacklist) its end. */
export interface FeedRecord<T> {
  readonly versions: Map<number, T>;
  latest: number;
  /** The repair that ended a blacklist entry's publication. */
  endedBy?: string;
}

/** Both feeds, read from the beginning to the head. */
export interface FeedScan {
  readonly blacklist: Map<string, FeedRecord<BlacklistEntry>>;
  readonly repair: Map<string, FeedRecord<RepairRecord>>;
  readonly summary: Record<'blacklist' | 'repair', { items: number; records: number; cursor?: string }>;
}

/** Reads both feeds whole (they are the platform's account of every version it accepted). */
export async function readFeeds(
  client: ReconcileClient,
  options: { pageSize?: number | undefined; signal?: AbortSignal | undefined },
): Promise<FeedScan> {
  const feedOptions = { limit: options.pageSize, signal: options.signal };
  const blacklist = new Map<string, FeedRecord<BlacklistEntry>>();
  const blacklistFeed = client.blacklist.changes(feedOptions);
  let blacklistItems = 0;
  for await (const change of blacklistFeed) {
    blacklistItems += 1;
    const record = add(blacklist, change.recordId, change.version, change.record);
    if (change.changeType === 'publication_ended') record.endedBy = change.repairId ?? 'unknown';
  }
  const repair = new Map<string, FeedRecord<RepairRecord>>();
  const repairFeed = client.repairs.changes(feedOptions);
  let repairItems = 0;
  for await (const change of repairFeed) {
    repairItems += 1;
    add(repair, change.repairId, change.version, change.record);
  }
  return {
    blacklist,
    repair,
    summary: {
      blacklist: summaryOf(blacklistItems, blacklist, blacklistFeed.cursor),
      repair: summaryOf(repairItems, repair, repairFeed.cursor),
    },
  };
}

function add<T>(records: Map<string, FeedRecord<T>>, id: string, version: number, value: T): FeedRecord<T> {
  const record = records.get(id) ?? { versions: new Map<number, T>(), latest: version };
  records.set(id, record);
  record.versions.set(version, value);
  record.latest = Math.max(record.latest, version);
  return record;
}

function summaryOf(items: number, records: Map<string, unknown>, cursor: string | undefined) {
  return { items, records: records.size, ...(cursor === undefined ? {} : { cursor }) };
}
