import { DEFAULT_CREDIT_PLATFORM_PROFILE } from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import { isContractError } from '@credit-bridge/http';
import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src/internal/record-codec.js';
import { ok, stubClient } from '../support/stub-sender.js';

const repairs = generateRecords('repair', { seed: 3, count: 5 });
const item = (index: number) => {
  const record = repairs[index];
  if (record === undefined) throw new Error('no such repair');
  return {
    cursor: `r1-${String(index + 1).padStart(4, '0')}`,
    changeType: 'created',
    repairId: record.recordId,
    version: String(record.version),
    changedAt: '2026-01-20T16:00:00+08:00',
    record: encodeRecord(DEFAULT_CREDIT_PLATFORM_PROFILE, 'repair', record),
  };
};
const items = repairs.map((_, index) => item(index));

/** A feed of the five items: `r1-000k` is the position after k items. */
function feedPage(query: Readonly<Record<string, string | readonly string[]>> | undefined) {
  const cursor = typeof query?.cursor === 'string' ? query.cursor : 'r1-0000';
  const after = Number(cursor.slice(3));
  const limit = Number(query?.limit ?? 2);
  const page = items.slice(after, after + limit);
  return ok({
    items: page,
    nextCursor: page.at(-1)?.cursor ?? cursor,
    hasMore: after + limit < items.length,
  });
}

describe('change feeds', () => {
  it('hands out items in order with the cursor after each, and resumes from a saved one', async () => {
    const { client, requests } = stubClient((request) => feedPage(request.query));
    const feed = client.repairs.changes({ limit: 2 });
    const seen: string[] = [];
    for await (const change of feed) {
      seen.push(change.repairId);
      expect(feed.cursor).toBe(change.cursor);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(repairs.slice(0, 3).map((record) => record.recordId));
    const resumed = client.repairs.changes({ cursor: feed.cursor, limit: 2 });
    const rest = [];
    for await (const change of resumed) rest.push(change.record);
    expect(rest).toEqual(repairs.slice(3));
    expect(resumed.cursor).toBe('r1-0005');
    expect(requests.map((request) => request.query)).toEqual([
      { limit: '2' },
      { cursor: 'r1-0002', limit: '2' },
      { cursor: 'r1-0003', limit: '2' },
    ]);
  });

  it('pages() moves the cursor page by page', async () => {
    const { client } = stubClient((request) => feedPage(request.query));
    const feed = client.repairs.changes({ limit: 2 });
    const cursors: (string | undefined)[] = [];
    for await (const page of feed.pages()) cursors.push(feed.cursor, String(page.items.length));
    expect(cursors).toEqual(['r1-0002', '2', 'r1-0004', '2', 'r1-0005', '1']);
  });

  it('a page that announces more but moves nowhere is a contract violation, not an endless loop', async () => {
    const { client, requests } = stubClient(() => ok({ items: [], nextCursor: 'r1-0001', hasMore: true }));
    const feed = client.repairs.changes({ cursor: 'r1-0001' });
    const error = await (async () => {
      for await (const _ of feed) {
        // drain
      }
    })().catch((caught: unknown) => caught);
    expect(isContractError(error)).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it("refuses a limit outside the profile's paging", () => {
    const { client } = stubClient(() => feedPage(undefined));
    expect(() => client.blacklist.changes({ limit: 501 })).toThrow(
      expect.objectContaining({ code: 'E_ARGUMENT' }),
    );
  });
});
