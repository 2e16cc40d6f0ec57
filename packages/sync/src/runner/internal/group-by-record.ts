import type { DeliveryRecord } from '../../state/state-store.js';

/**
 * Groups ledger entries by record id, for judging a chunk of records against one ledger read.
 *
 * @example
 * groupByRecord(await store.findDeliveries(keys)).get('CF-2026-0001'); // [entry, …]
 */
export function groupByRecord(entries: readonly DeliveryRecord[]): Map<string, DeliveryRecord[]> {
  const byId = new Map<string, DeliveryRecord[]>();
  for (const entry of entries) {
    const list = byId.get(entry.recordId);
    if (list === undefined) byId.set(entry.recordId, [entry]);
    else list.push(entry);
  }
  return byId;
}
