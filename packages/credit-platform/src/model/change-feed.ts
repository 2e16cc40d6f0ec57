/** One page of a change feed. */
export interface ChangePage<T> {
  items: T[];
  /** Where the next page starts; at the head it fetches later changes when they come. */
  nextCursor: string;
  /** True when more items are available right now. */
  hasMore: boolean;
}

/** Where a change feed starts and how it pages. */
export interface ChangesOptions {
  /** A cursor saved from an earlier run (`feed.cursor` or an item's `cursor`); absent: from the beginning. */
  cursor?: string | undefined;
  /** Items per page, 1 to the profile's `paging.maxLimit`; default the client's `pageSize`. */
  limit?: number | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * A change feed read up to its head: iterate it for items (`for await (const change of feed)`) or call
 * `pages()` for whole pages. `cursor` is the position just after the last item (or page) handed out; save
 * it once that item is applied, and pass it as `cursor` to resume exactly there, days later too.
 */
export interface ChangeFeed<T extends { cursor: string }> extends AsyncIterable<T> {
  readonly cursor: string | undefined;
  pages(): AsyncIterableIterator<ChangePage<T>>;
}
