import type { RecordType } from '@credit-bridge/core';
import { type ChangeFeed, createChangeFeed } from './change-feed.js';
import type { BlacklistChange, RepairChange } from './credit-types.js';
import { createRecordStore, type RecordStore } from './record-store.js';

/** Why a penalty's or a blacklist entry's publication ended early: the approved repair. */
export interface EndedPublication {
  readonly repairId: string;
  /** Epoch milliseconds. */
  readonly at: number;
}

/** Everything the credit platform holds: records, feeds and publications ended by repairs. */
export interface CreditData {
  readonly stores: { readonly [T in RecordType]: RecordStore<T> };
  readonly blacklistFeed: ChangeFeed<BlacklistChange>;
  readonly repairFeed: ChangeFeed<RepairChange>;
  /** Keyed `penalty:<recordId>` or `blacklist:<recordId>`. */
  readonly ended: Map<string, EndedPublication>;
}

/**
 * Creates empty credit platform data. The feeds' cursors read `c1-…` (blacklist) and `r1-…` (repairs),
 * as in the contract's examples.
 */
export function createCreditData(): CreditData {
  return {
    stores: {
      penalty: createRecordStore<'penalty'>(),
      license: createRecordStore<'license'>(),
      blacklist: createRecordStore<'blacklist'>(),
      repair: createRecordStore<'repair'>(),
    },
    blacklistFeed: createChangeFeed<BlacklistChange>('c1'),
    repairFeed: createChangeFeed<RepairChange>('r1'),
    ended: new Map(),
  };
}

/** Empties the data in place. */
export function clearCreditData(data: CreditData): void {
  for (const store of Object.values(data.stores)) store.clear();
  data.blacklistFeed.clear();
  data.repairFeed.clear();
  data.ended.clear();
}

/** The key of {@link CreditData.ended} for a target. */
export function endedKey(type: 'penalty' | 'blacklist', recordId: string): string {
  return `${type}:${recordId}`;
}
