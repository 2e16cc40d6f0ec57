/** A feed item with the position just after it. */
export type FeedItem<T> = T & { readonly cursor: string };

/** A page of a change feed. */
export interface FeedPage<T> {
  readonly items: readonly FeedItem<T>[];
  /** Pass as the next cursor; at the head it fetches later changes when they come. */
  readonly nextCursor: string;
  readonly hasMore: boolean;
}

/** An ordered, append-only change feed with opaque cursors. */
export interface ChangeFeed<T> {
  append(item: T): FeedItem<T>;
  /**
   * The items after `cursor` (from the start without one), at most `limit`. `undefined` when the cursor
   * is not one of this feed's.
   */
  page(cursor: string | undefined, limit: number): FeedPage<T> | undefined;
  /** Every item, oldest first. */
  items(): readonly FeedItem<T>[];
  /** The cursor of the newest item (of the start when empty). */
  head(): string;
  clear(): void;
}

/**
 * Creates a change feed whose cursors read `<prefix>-<16-digit sequence>` (`c1-0000000000000102`), the
 * shape of the contract's examples. Clients must treat them as opaque; the sequence is the item's position
 * from 1, so the cursor of an item is the position just after it.
 *
 * @example
 * const feed = createChangeFeed<{ recordId: string }>('c1');
 * feed.append({ recordId: 'SXMD-1' }).cursor; // 'c1-0000000000000001'
 */
export function createChangeFeed<T>(prefix: string): ChangeFeed<T> {
  const pattern = new RegExp(`^${prefix}-(\\d{16})$`);
  const cursorOf = (sequence: number): string => `${prefix}-${String(sequence).padStart(16, '0')}`;
  let kept: FeedItem<T>[] = [];
  return {
    append(item) {
      const stored = { cursor: cursorOf(kept.length + 1), ...item };
      kept.push(stored);
      return stored;
    },
    page(cursor, limit) {
      let from = 0;
      if (cursor !== undefined) {
        const match = pattern.exec(cursor);
        if (match === null) return undefined;
        from = Number(match[1]);
      }
      const items = kept.slice(from, from + limit);
      const last = items.at(-1);
      return {
        items,
        nextCursor: last?.cursor ?? cursor ?? cursorOf(0),
        hasMore: from + items.length < kept.length,
      };
    },
    items: () => [...kept],
    head: () => cursorOf(kept.length),
    clear() {
      kept = [];
    },
  };
}
