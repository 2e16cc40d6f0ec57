import { type BlacklistEntry, normalizeIdentifier } from '@credit-bridge/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { MirrorRecord, MirrorStore } from '../../src/index.js';
import { listings } from './support/blacklist-data.js';

/** One location of mirror state that stores can be opened on. */
export interface MirrorStoreHarness {
  /** Opens a store on the location; opening again gives a second handle on the same state. */
  open(): Promise<MirrorStore>;
  /** Removes the location. */
  cleanup(): Promise<void>;
}

/** How to run the contract against one implementation. */
export interface MirrorStoreContractOptions {
  /** A fresh, empty location per test. */
  create(): Promise<MirrorStoreHarness>;
  /** State survives close and reopen (false for the memory store). */
  persistent: boolean;
}

const AT = '2026-06-30T09:00:00.000+08:00';
const LATER = '2026-06-30T09:05:00.000+08:00';
const ENTRIES = listings(31, 6);

function entryAt(index: number): BlacklistEntry {
  return ENTRIES[index] as BlacklistEntry;
}

/** A stored record of an entry; `recordId` and `version` may be overridden (the entry follows). */
function record(entry: BlacklistEntry, overrides: Partial<MirrorRecord> = {}): MirrorRecord {
  const recordId = overrides.recordId ?? entry.recordId;
  const version = overrides.version ?? entry.version;
  const natural = entry.subject.category === 'natural_person';
  return {
    recordId,
    version,
    subjectKind: natural ? 'idNumber' : 'uscc',
    subjectKey: normalizeIdentifier(
      entry.subject.category === 'natural_person' ? entry.subject.idNumber : entry.subject.uscc,
    ),
    entry: { ...entry, recordId, version },
    changedAt: AT,
    ...overrides,
  };
}

/**
 * The behaviour every `MirrorStore` must show (memory and SQLite now, PostgreSQL later): atomic steps of
 * records and cursor, version guards, compare-and-set on the cursor, the refresh time, paging in code
 * point order, reset, closing, and persistence across reopening for stores that persist.
 *
 * @example
 * describeMirrorStoreContract('memory', { create: async () => memoryHarness(), persistent: false });
 */
export function describeMirrorStoreContract(name: string, options: MirrorStoreContractOptions): void {
  describe(`MirrorStore contract: ${name}`, () => {
    const opened: MirrorStore[] = [];
    const harnesses: MirrorStoreHarness[] = [];

    async function setup(): Promise<{ harness: MirrorStoreHarness; store: MirrorStore }> {
      const harness = await options.create();
      harnesses.push(harness);
      const store = await harness.open();
      opened.push(store);
      return { harness, store };
    }

    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      for (const harness of harnesses.splice(0)) await harness.cleanup();
    });

    it('starts empty: no records, no cursor, no refresh time', async () => {
      const { store } = await setup();
      expect(await store.state()).toStrictEqual({ records: 0 });
      expect(await store.list()).toStrictEqual([]);
      expect(await store.get(['SXMD-1'])).toStrictEqual([]);
    });

    it('applies records, removals and the cursor as one step, and gives records back exactly', async () => {
      const { store } = await setup();
      const records = [record(entryAt(0)), record(entryAt(1)), record(entryAt(2), { endedBy: 'XYXF-1' })];
      await store.apply({ upserts: records, cursor: 'c1-3', refreshedAt: AT });
      await store.apply({ removals: [{ recordId: entryAt(1).recordId, version: 1 }], cursor: 'c1-4' });
      expect(await store.state()).toStrictEqual({ records: 2, cursor: 'c1-4', refreshedAt: AT });
      const held = await store.get([entryAt(2).recordId, entryAt(0).recordId, entryAt(1).recordId]);
      expect(held).toStrictEqual([records[0], records[2]]);
      expect(held[1]?.entry.reason).toBe(entryAt(2).reason);
    });

    it('lists records in code point order, page by page', async () => {
      const { store } = await setup();
      // U+FF21 sorts before U+20000 by code point (and by UTF-8 bytes), after it by UTF-16 units.
      const ids = ['SXMD-\u{20000}', 'SXMD-\uFF21', 'SXMD-A', 'SXMD-B', 'SXMD-10'];
      await store.apply({
        upserts: ids.map((recordId, index) => record(entryAt(index), { recordId })),
        cursor: 'c1-5',
      });
      const first = await store.list({ limit: 2 });
      const rest = await store.list({ after: first.at(-1)?.recordId as string });
      expect([...first, ...rest].map((item) => item.recordId)).toStrictEqual([
        'SXMD-10',
        'SXMD-A',
        'SXMD-B',
        'SXMD-\uFF21',
        'SXMD-\u{20000}',
      ]);
      expect(await store.list({ after: 'SXMD-\u{20000}' })).toStrictEqual([]);
    });

    it('keeps the newest version: an older upsert or the removal of an older version changes nothing', async () => {
      const { store } = await setup();
      const id = entryAt(0).recordId;
      await store.apply({ upserts: [record(entryAt(0), { version: 3 })], cursor: 'c1-1' });
      await store.apply({
        upserts: [record(entryAt(0), { version: 2, changedAt: LATER })],
        removals: [],
        cursor: 'c1-2',
      });
      expect((await store.get([id]))[0]).toMatchObject({ version: 3, changedAt: AT });
      await store.apply({ removals: [{ recordId: id, version: 2 }], cursor: 'c1-3' });
      expect(await store.get([id])).toHaveLength(1);
      // The same version again replaces: that is how a repair marks a record ended.
      await store.apply({ upserts: [record(entryAt(0), { version: 3, endedBy: 'XYXF-9' })], cursor: 'c1-4' });
      expect((await store.get([id]))[0]?.endedBy).toBe('XYXF-9');
      await store.apply({ removals: [{ recordId: id, version: 3 }], cursor: 'c1-5' });
      expect(await store.get([id])).toStrictEqual([]);
      expect(await store.state()).toStrictEqual({ records: 0, cursor: 'c1-5' });
    });

    it('moves the refresh time only when a step gives one', async () => {
      const { store } = await setup();
      await store.apply({ upserts: [record(entryAt(0))], cursor: 'c1-1', refreshedAt: AT });
      await store.apply({ upserts: [record(entryAt(1))], cursor: 'c1-2' });
      expect((await store.state()).refreshedAt).toBe(AT);
      await store.apply({ cursor: 'c1-2', refreshedAt: LATER });
      expect(await store.state()).toStrictEqual({ records: 2, cursor: 'c1-2', refreshedAt: LATER });
    });

    it('refuses a step that does not continue from the stored cursor, changing nothing', async () => {
      const { store } = await setup();
      await store.apply({ upserts: [record(entryAt(0))], cursor: 'c1-1', expectCursor: null });
      const stale = store.apply({ upserts: [record(entryAt(1))], cursor: 'c1-2', expectCursor: null });
      await expect(stale).rejects.toMatchObject({ code: 'E_MIRROR_CONFLICT', retryable: true });
      const wrong = store.apply({ upserts: [record(entryAt(1))], cursor: 'c1-2', expectCursor: 'c1-0' });
      await expect(wrong).rejects.toMatchObject({ code: 'E_MIRROR_CONFLICT' });
      expect(await store.state()).toStrictEqual({ records: 1, cursor: 'c1-1' });
      await store.apply({ upserts: [record(entryAt(1))], cursor: 'c1-2', expectCursor: 'c1-1' });
      expect(await store.state()).toStrictEqual({ records: 2, cursor: 'c1-2' });
    });

    it('applies nothing of a step with one bad value in it', async () => {
      const { store } = await setup();
      await store.apply({ upserts: [record(entryAt(0))], cursor: 'c1-1' });
      const bad = [
        { upserts: [record(entryAt(1)), record(entryAt(2), { version: 0 })], cursor: 'c1-3' },
        { upserts: [record(entryAt(1), { subjectKind: 'passport' as 'uscc' })], cursor: 'c1-3' },
        { upserts: [{ ...record(entryAt(1)), entry: entryAt(2) }], cursor: 'c1-3' },
        { removals: [{ recordId: entryAt(0).recordId, version: 1 }], cursor: ' ' },
        { removals: [{ recordId: '', version: 1 }], cursor: 'c1-3' },
      ];
      for (const changes of bad) {
        await expect(store.apply(changes)).rejects.toMatchObject({ code: 'E_MIRROR_INPUT' });
      }
      expect(await store.state()).toStrictEqual({ records: 1, cursor: 'c1-1' });
      expect((await store.list()).map((item) => item.recordId)).toStrictEqual([entryAt(0).recordId]);
    });

    it('forgets everything on reset, so the next refresh starts from the beginning', async () => {
      const { store } = await setup();
      await store.apply({ upserts: [record(entryAt(0))], cursor: 'c1-1', refreshedAt: AT });
      await store.reset();
      expect(await store.state()).toStrictEqual({ records: 0 });
      await store.apply({ upserts: [record(entryAt(1))], cursor: 'c1-1', expectCursor: null });
      expect((await store.list()).map((item) => item.recordId)).toStrictEqual([entryAt(1).recordId]);
    });

    it('fails every call once closed; closing twice is harmless', async () => {
      const { store } = await setup();
      await store.close();
      await store.close();
      for (const call of [
        () => store.apply({ cursor: 'c1-1' }),
        () => store.state(),
        () => store.list(),
        () => store.get(['x']),
        () => store.reset(),
      ]) {
        await expect(call()).rejects.toMatchObject({ code: 'E_MIRROR_CLOSED' });
      }
    });

    it('shows a second handle every step the first applied', async () => {
      const { harness, store } = await setup();
      const second = await harness.open();
      opened.push(second);
      await store.apply({
        upserts: [record(entryAt(0)), record(entryAt(1))],
        cursor: 'c1-2',
        refreshedAt: AT,
      });
      expect(await second.state()).toStrictEqual({ records: 2, cursor: 'c1-2', refreshedAt: AT });
      await expect(second.apply({ cursor: 'c1-3', expectCursor: 'c1-1' })).rejects.toMatchObject({
        code: 'E_MIRROR_CONFLICT',
      });
    });

    if (options.persistent) {
      it('keeps records, cursor and refresh time across closing and reopening', async () => {
        const { harness, store } = await setup();
        const records = [record(entryAt(3)), record(entryAt(4), { endedBy: 'XYXF-2' })];
        await store.apply({ upserts: records, cursor: 'c1-2', refreshedAt: AT });
        await store.close();
        const again = await harness.open();
        opened.push(again);
        expect(await again.state()).toStrictEqual({ records: 2, cursor: 'c1-2', refreshedAt: AT });
        expect(await again.list()).toStrictEqual(
          [...records].sort((a, b) => (a.recordId < b.recordId ? -1 : 1)),
        );
      });
    }
  });
}
