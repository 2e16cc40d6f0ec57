import { type PenaltyRecord, toWireRecord } from '@credit-bridge/core';
import { iterateRecords, SYNTHETIC_TODAY } from '@credit-bridge/core/testing';
import type { SyncConfig } from '../../src/index.js';

/** Synthetic penalties as wire rows (what a `custom` source or a database hands the runner). */
export function penaltyRows(
  count: number,
  seed: number,
): { records: PenaltyRecord[]; rows: Record<string, string>[] } {
  const records = [...iterateRecords('penalty', { seed, count })];
  return {
    records,
    rows: records.map((record) => toWireRecord('penalty', record) as Record<string, string>),
  };
}

/** A runner config of one `custom` stream named `penalties` to the credit platform (sinks come from the test). */
export function customConfig(overrides: Partial<SyncConfig> = {}, fingerprint?: string): SyncConfig {
  return {
    platforms: { credit: { baseUrl: 'http://127.0.0.1:9', appKey: 'test-app' } },
    today: SYNTHETIC_TODAY,
    delivery: { retryDelayMs: 0, maxRetryDelayMs: 0, progressIntervalMs: 0 },
    streams: [
      {
        name: 'penalties',
        recordType: 'penalty',
        source: { kind: 'custom', name: 'rows', ...(fingerprint === undefined ? {} : { fingerprint }) },
        sinks: [{ platform: 'credit' }],
      },
    ],
    ...overrides,
  };
}
