import type { BlacklistEntry } from '@credit-bridge/core';
import type { BlacklistChange, ChangeFeed, ChangePage, SubjectRef } from '@credit-bridge/credit-platform';
import type { MirrorClient } from '../../../src/index.js';

/** A mirror client over a list of changes in memory, for lookups that need no platform. */
export interface StubFeedClient extends MirrorClient {
  /** Appends changes to the feed, each with its cursor. */
  append(...changes: Omit<BlacklistChange, 'cursor'>[]): void;
  /** Every page request: the cursor it started from. */
  readonly requests: (string | undefined)[];
  /** Every remote check. */
  readonly checks: SubjectRef[];
  /** Makes the page request with this number (from 1) fail. */
  failRequest(number: number): void;
}

/** A stub client: pages of `pageSize` changes, cursors `s-<position>`. */
export function stubFeedClient(pageSize = 2): StubFeedClient {
  const feed: BlacklistChange[] = [];
  const requests: (string | undefined)[] = [];
  const checks: SubjectRef[] = [];
  const failing = new Set<number>();

  function page(cursor: string | undefined): ChangePage<BlacklistChange> {
    requests.push(cursor);
    if (failing.has(requests.length)) throw new Error(`page request ${requests.length} failed`);
    const from = cursor === undefined ? 0 : Number(cursor.slice(2));
    const items = feed.slice(from, from + pageSize);
    return {
      items,
      nextCursor: items.at(-1)?.cursor ?? cursor ?? 's-0',
      hasMore: from + items.length < feed.length,
    };
  }

  return {
    requests,
    checks,
    append(...changes) {
      for (const change of changes) feed.push({ ...change, cursor: `s-${feed.length + 1}` });
    },
    failRequest: (number) => failing.add(number),
    blacklist: {
      changes(options = {}): ChangeFeed<BlacklistChange> {
        let cursor = options.cursor;
        async function* pages() {
          for (;;) {
            // A macrotask, as a real request takes: callers must not rely on pages arriving synchronously.
            await new Promise((resolve) => setImmediate(resolve));
            const next = page(cursor);
            cursor = next.nextCursor;
            yield next;
            if (!next.hasMore) return;
          }
        }
        return {
          get cursor() {
            return cursor;
          },
          pages,
          async *[Symbol.asyncIterator]() {
            for await (const next of pages()) yield* next.items;
          },
        };
      },
      async check(subject) {
        checks.push(subject);
        return { listed: false, entries: [] as BlacklistEntry[], checkedAt: '2026-06-30T09:00:00+08:00' };
      },
    },
  };
}

/** A feed change for an entry. */
export function changeOf(
  entry: BlacklistEntry,
  changeType: BlacklistChange['changeType'] = 'listed',
  repairId?: string,
): Omit<BlacklistChange, 'cursor'> {
  return {
    changeType,
    recordId: entry.recordId,
    version: entry.version,
    changedAt: '2026-06-30T09:00:00+08:00',
    record: entry,
    ...(repairId === undefined ? {} : { repairId }),
  };
}
