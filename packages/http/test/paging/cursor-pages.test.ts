import { isCreditBridgeError } from '@credit-bridge/core';
import { describe, expect, it } from 'vitest';
import { type CursorPage, checkPageLimit, cursorPages, isContractError } from '../../src/index.js';

// A renamed profile's paging names, so nothing passes by accident of the contract's own.
const paging = {
  cursorParam: 'from',
  limitParam: 'size',
  itemsField: 'rows',
  nextCursorField: 'next',
  hasMoreField: 'more',
};
const context = { method: 'GET', path: '/gw/changes', operation: 'changes', requestId: 'r-1', attempts: 1 };

/** A listing of `total` numbered items, `size` a page, cursors `c<position>`. */
function listing(total: number) {
  const queries: Record<string, string>[] = [];
  const fetch = async (query: Record<string, string>) => {
    queries.push(query);
    const after = Number((query.from ?? 'c0').slice(1));
    const rows = Array.from({ length: Math.min(Number(query.size), total - after) }, (_, i) => after + i + 1);
    const data = { rows, next: `c${after + rows.length}`, more: after + rows.length < total };
    return { data, context };
  };
  return { queries, fetch };
}

async function collect<T>(pages: AsyncIterable<CursorPage<T>>): Promise<CursorPage<T>[]> {
  const seen: CursorPage<T>[] = [];
  for await (const page of pages) seen.push(page);
  return seen;
}

describe('cursorPages', () => {
  it("pages from the start under the profile's names until no more, each cursor passed on", async () => {
    const { queries, fetch } = listing(5);
    const seen: CursorPage<number>[] = [];
    const pages = await collect(
      cursorPages<number>({
        paging,
        from: undefined,
        limit: 2,
        dataField: 'payload',
        noun: 'items',
        fetch,
        onPage: (page) => seen.push(page),
      }),
    );
    expect(pages).toEqual([
      { items: [1, 2], nextCursor: 'c2', hasMore: true },
      { items: [3, 4], nextCursor: 'c4', hasMore: true },
      { items: [5], nextCursor: 'c5', hasMore: false },
    ]);
    expect(seen).toEqual(pages);
    expect(queries).toEqual([{ size: '2' }, { from: 'c2', size: '2' }, { from: 'c4', size: '2' }]);
  });

  it('resumes from a saved cursor and fetches nothing before the first page is asked for', async () => {
    const { queries, fetch } = listing(5);
    const pages = cursorPages<number>({
      paging,
      from: 'c3',
      limit: 10,
      dataField: 'payload',
      noun: 'items',
      fetch,
    });
    expect(queries).toEqual([]);
    expect(await collect(pages)).toEqual([{ items: [4, 5], nextCursor: 'c5', hasMore: false }]);
  });

  it('refuses a page that announces more but neither lists nor moves, after showing it', async () => {
    const seen: unknown[] = [];
    const stuck = cursorPages<number>({
      paging,
      from: 'c7',
      limit: 2,
      dataField: 'payload',
      noun: 'messages',
      fetch: async () => ({ data: { rows: [], next: 'c7', more: true }, context }),
      onPage: (page) => seen.push(page),
    });
    const error = await collect(stuck).catch((caught: unknown) => caught);
    expect(isContractError(error) && [error.jsonPath, error.requestId]).toEqual([['payload', 'next'], 'r-1']);
    expect(isContractError(error) && error.message).toContain(
      'a cursor that moves when more messages are announced',
    );
    expect(seen).toHaveLength(1);
  });
});

describe('checkPageLimit', () => {
  it('returns a limit from 1 to the maximum and refuses anything else with E_ARGUMENT naming the call', () => {
    expect(checkPageLimit('inbox', 100, 100)).toBe(100);
    for (const limit of [0, 101, 2.5, Number.NaN]) {
      let thrown: unknown;
      try {
        checkPageLimit('inbox', limit, 100);
      } catch (error) {
        thrown = error;
      }
      expect(isCreditBridgeError(thrown) && [thrown.code, thrown.message]).toEqual([
        'E_ARGUMENT',
        `[inbox] limit must be an integer from 1 to 100, got ${limit}`,
      ]);
    }
  });
});
