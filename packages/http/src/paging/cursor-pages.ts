import type { CreditPlatformPaging } from '@credit-bridge/core';
import { contractViolation } from '../errors/contract-violation.js';
import type { RequestContext } from '../errors/transport-error.js';

/** One page of a cursor-paged listing, under the contract's names whatever the profile calls them. */
export interface CursorPage<T> {
  items: T[];
  /** Where the next page starts. */
  nextCursor: string;
  /** True when more items are available right now. */
  hasMore: boolean;
}

/** Options of {@link cursorPages}. */
export interface CursorPagesOptions<T> {
  /** The profile's paging names: cursor and limit parameters; items, next-cursor and has-more fields. */
  paging: Pick<
    CreditPlatformPaging,
    'cursorParam' | 'limitParam' | 'itemsField' | 'nextCursorField' | 'hasMoreField'
  >;
  /** Where the listing starts: a cursor saved from an earlier page, or `undefined` for the start. */
  from: string | undefined;
  /** Items per page, as checked by `checkPageLimit`. */
  limit: number;
  /** The envelope's data field, the root of the path a stalled cursor is reported at. */
  dataField: string;
  /** What the pages list (`items`, `messages`), for the message of a stalled cursor. */
  noun: string;
  /**
   * Fetches one page with these query parameters: its data, validated under the profile's names, and
   * the context an error about it carries.
   */
  fetch(query: Record<string, string>): Promise<{ data: Record<string, unknown>; context: RequestContext }>;
  /** Sees each page as it arrives, before it is checked (a page event). */
  onPage?: ((page: CursorPage<T>) => void) | undefined;
}

/**
 * The pages of a cursor-paged listing, fetched lazily from `from` until the platform says there is no
 * more right now, each page's cursor passed to the next request. A page that announces more but neither
 * lists an item nor moves its cursor is a `ContractError`, not an endless loop.
 *
 * @example
 * for await (const page of cursorPages({ paging: profile.paging, from, limit: 100, dataField: 'data',
 *   noun: 'items', fetch: (query) => fetchPage(query) })) { apply(page.items); save(page.nextCursor); }
 */
export async function* cursorPages<T>(options: CursorPagesOptions<T>): AsyncGenerator<CursorPage<T>> {
  const { paging, dataField } = options;
  const limit = String(options.limit);
  let from = options.from;
  for (;;) {
    const query =
      from === undefined
        ? { [paging.limitParam]: limit }
        : { [paging.cursorParam]: from, [paging.limitParam]: limit };
    const { data, context } = await options.fetch(query);
    const page: CursorPage<T> = {
      items: data[paging.itemsField] as T[],
      nextCursor: data[paging.nextCursorField] as string,
      hasMore: data[paging.hasMoreField] as boolean,
    };
    options.onPage?.(page);
    if (page.hasMore && page.items.length === 0 && page.nextCursor === from) {
      throw contractViolation(
        context,
        { [dataField]: page },
        {
          path: [dataField, paging.nextCursorField],
          message: `a cursor that moves when more ${options.noun} are announced`,
        },
      );
    }
    yield page;
    if (!page.hasMore) return;
    from = page.nextCursor;
  }
}
