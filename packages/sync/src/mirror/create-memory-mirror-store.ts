import {
  checkExpectedCursor,
  checkMirrorChanges,
  compareRecordIds,
} from './internal/check-mirror-changes.js';
import { mirrorError } from './internal/mirror-error.js';
import type { MirrorRecord, MirrorStore } from './mirror-store.js';

/**
 * A {@link MirrorStore} in memory, for tests and for a mirror that rebuilds from the feed at every
 * start: the same contract as the SQLite store (a step is checked whole before any of it is applied),
 * nothing kept after the process ends. Records are copied in and out, so callers cannot change them.
 *
 * @example
 * const mirror = createBlacklistMirror({ client, store: createMemoryMirrorStore() });
 */
export function createMemoryMirrorStore(): MirrorStore {
  const records = new Map<string, MirrorRecord>();
  let cursor: string | undefined;
  let refreshedAt: string | undefined;
  let closed = false;
  // Sorted once per change, not once per page: loading 500k records pages through them 500 times.
  let sortedIds: string[] | undefined;
  const ids = (): string[] => {
    sortedIds ??= [...records.keys()].sort(compareRecordIds);
    return sortedIds;
  };

  const open = (operation: string) => {
    if (closed) throw mirrorError('E_MIRROR_CLOSED', operation, 'the store is closed');
  };

  return {
    kind: 'memory',
    async apply(changes) {
      open('apply');
      checkMirrorChanges(changes);
      checkExpectedCursor(changes, cursor);
      // Everything is checked above, so applying below cannot fail half-way.
      for (const record of changes.upserts ?? []) {
        const stored = records.get(record.recordId);
        if (stored === undefined || record.version >= stored.version) {
          records.set(record.recordId, structuredClone(record));
        }
      }
      for (const removal of changes.removals ?? []) {
        const stored = records.get(removal.recordId);
        if (stored !== undefined && removal.version >= stored.version) records.delete(removal.recordId);
      }
      sortedIds = undefined;
      cursor = changes.cursor;
      if (changes.refreshedAt !== undefined) refreshedAt = changes.refreshedAt;
    },
    async state() {
      open('state');
      return {
        records: records.size,
        ...(cursor === undefined ? {} : { cursor }),
        ...(refreshedAt === undefined ? {} : { refreshedAt }),
      };
    },
    async get(recordIds) {
      open('get');
      return [...new Set(recordIds)].sort(compareRecordIds).flatMap((id) => {
        const record = records.get(id);
        return record === undefined ? [] : [structuredClone(record)];
      });
    },
    async list(options = {}) {
      open('list');
      const sorted = ids();
      const start = options.after === undefined ? 0 : firstAfter(sorted, options.after);
      return sorted
        .slice(start, start + (options.limit ?? 1000))
        .map((id) => structuredClone(records.get(id) as MirrorRecord));
    },
    async reset() {
      open('reset');
      records.clear();
      sortedIds = undefined;
      cursor = undefined;
      refreshedAt = undefined;
    },
    async close() {
      closed = true;
    },
  };
}

function firstAfter(sorted: readonly string[], after: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareRecordIds(sorted[middle] as string, after) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
