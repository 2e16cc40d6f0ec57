import { sm3 } from '@credit-bridge/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryUpdate, StateChanges, StateStore } from '../src/index.js';

/** One location of state (a file, a database schema) that stores can be opened on. */
export interface StateStoreHarness {
  /** Opens a store on the location; opening again gives a second handle on the same state. */
  open(): Promise<StateStore>;
  /** Removes the location. */
  cleanup(): Promise<void>;
}

/** How to run the contract against one implementation. */
export interface StateStoreContractOptions {
  /** A fresh, empty location per test. */
  create(): Promise<StateStoreHarness>;
  /** State survives close and reopen (false for the memory store). */
  persistent: boolean;
  /**
   * Ways to break a location on purpose, for implementations that open stored state: each must make
   * the next `open()` fail with the named code.
   */
  faults?: {
    /** Damage stored state → `E_STATE_CORRUPT`. */
    corrupt(harness: StateStoreHarness): Promise<void>;
    /** Put another application's data there → `E_STATE_FOREIGN`. */
    foreign(harness: StateStoreHarness): Promise<void>;
    /** Mark the state as written by a newer schema → `E_STATE_VERSION`. */
    futureVersion(harness: StateStoreHarness): Promise<void>;
  };
}

const AT = '2026-03-05T09:00:00.000+08:00';
const LATER = '2026-03-05T09:05:00.000+08:00';

function hash(text: string): string {
  return sm3(text);
}

function delivery(recordId: string, overrides: Partial<DeliveryUpdate> = {}): DeliveryUpdate {
  return {
    recordType: 'penalty',
    recordId,
    version: 1,
    contentHash: hash(recordId),
    sink: 'credit-platform',
    status: 'accepted',
    at: AT,
    ...overrides,
  };
}

/**
 * The behaviour every `StateStore` must show (SQLite and memory now, PostgreSQL later): checkpoints
 * with compare-and-set, the delivery ledger and its transitions, dead letters, run history, atomic
 * commits that leave nothing behind when any part fails, consistent reads from a second handle while
 * one writes, persistence across reopening, and clear errors for damaged or foreign stored state.
 *
 * @example
 * describeStateStoreContract('memory', { create: async () => memoryHarness(), persistent: false });
 */
export function describeStateStoreContract(name: string, options: StateStoreContractOptions): void {
  describe(`StateStore contract: ${name}`, () => {
    const opened: StateStore[] = [];
    const harnesses: StateStoreHarness[] = [];

    async function setup(): Promise<{ harness: StateStoreHarness; store: StateStore }> {
      const harness = await options.create();
      harnesses.push(harness);
      const store = await harness.open();
      opened.push(store);
      return { harness, store };
    }

    async function reopen(harness: StateStoreHarness): Promise<StateStore> {
      const store = await harness.open();
      opened.push(store);
      return store;
    }

    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      for (const harness of harnesses.splice(0)) await harness.cleanup();
    });

    it('keeps checkpoints per stream, numbers and text apart, and forgets them on request', async () => {
      const { store } = await setup();
      expect(await store.getCheckpoint('penalty:a.csv')).toBeUndefined();
      await store.commit({
        checkpoints: [
          { stream: 'penalty:a.csv', position: 120, fingerprint: hash('a.csv'), runId: 'run-1', at: AT },
          { stream: 'blacklist:feed', position: '120', at: AT },
        ],
      });
      expect(await store.getCheckpoint('penalty:a.csv')).toEqual({
        stream: 'penalty:a.csv',
        position: 120,
        fingerprint: hash('a.csv'),
        runId: 'run-1',
        updatedAt: AT,
      });
      expect(await store.listCheckpoints()).toEqual([
        { stream: 'blacklist:feed', position: '120', updatedAt: AT },
        expect.objectContaining({ stream: 'penalty:a.csv', position: 120 }),
      ]);
      await store.commit({ checkpoints: [{ stream: 'penalty:a.csv', position: 121, at: LATER }] });
      expect(await store.getCheckpoint('penalty:a.csv')).toEqual({
        stream: 'penalty:a.csv',
        position: 121,
        updatedAt: LATER,
      });
      expect(await store.deleteCheckpoint('penalty:a.csv')).toBe(true);
      expect(await store.deleteCheckpoint('penalty:a.csv')).toBe(false);
      expect(await store.getCheckpoint('penalty:a.csv')).toBeUndefined();
    });

    it('moves a checkpoint by compare-and-set only from the expected position', async () => {
      const { store } = await setup();
      await store.commit({ checkpoints: [{ stream: 's', position: 10, at: AT, expect: null }] });
      await expect(
        store.commit({ checkpoints: [{ stream: 's', position: 20, at: AT, expect: 5 }] }),
      ).rejects.toMatchObject({ code: 'E_STATE_CONFLICT' });
      await expect(
        store.commit({ checkpoints: [{ stream: 's', position: 20, at: AT, expect: null }] }),
      ).rejects.toMatchObject({ code: 'E_STATE_CONFLICT' });
      await store.commit({ checkpoints: [{ stream: 's', position: 20, at: AT, expect: 10 }] });
      expect((await store.getCheckpoint('s'))?.position).toBe(20);
    });

    it('keeps a ledger per record, version, content and sink, counting attempts', async () => {
      const { store } = await setup();
      const receipt = { receiptId: 'R-1', accepted: 1, rejected: [] };
      await store.commit({ deliveries: [delivery('CF-1', { status: 'sent', runId: 'run-1' })] });
      await store.commit({ deliveries: [delivery('CF-1', { receipt, at: LATER })] });
      await store.commit({
        deliveries: [
          delivery('CF-1', { sink: 'exchange:XZCF', status: 'rejected', receipt: { code: 'E_ENUM' } }),
          delivery('CF-1', { version: 2, contentHash: hash('CF-1 v2'), status: 'sent' }),
          delivery('CF-2'),
          delivery('XK-1', { recordType: 'license' }),
        ],
      });
      const found = await store.findDeliveries([
        { recordType: 'penalty', recordId: 'CF-1' },
        { recordType: 'penalty', recordId: 'CF-1' },
        { recordType: 'penalty', recordId: 'nope' },
      ]);
      const ordered = [hash('CF-1'), hash('CF-1 v2')];
      expect(found.map((d) => [d.version, d.contentHash, d.sink, d.status, d.attempts])).toEqual([
        [1, ordered[0], 'credit-platform', 'accepted', 2],
        [1, ordered[0], 'exchange:XZCF', 'rejected', 1],
        [2, ordered[1], 'credit-platform', 'sent', 1],
      ]);
      expect(found[0]).toEqual({
        recordType: 'penalty',
        recordId: 'CF-1',
        version: 1,
        contentHash: hash('CF-1'),
        sink: 'credit-platform',
        status: 'accepted',
        receipt,
        runId: 'run-1',
        attempts: 2,
        firstAt: AT,
        updatedAt: LATER,
      });
      expect(await store.countDeliveries()).toBe(5);
      expect(await store.countDeliveries({ sink: 'credit-platform', status: 'accepted' })).toBe(3);
      expect(await store.countDeliveries({ recordType: 'license' })).toBe(1);
    });

    it('pages through the ledger in key order', async () => {
      const { store } = await setup();
      const ids = Array.from({ length: 25 }, (_, i) => `CF-${String(i).padStart(3, '0')}`);
      await store.commit({
        deliveries: ids.flatMap((id) => [delivery(id), delivery(id, { sink: 'exchange:XZCF' })]),
      });
      const all = await store.listDeliveries({ limit: 1000 });
      expect(all).toHaveLength(50);
      const pages: string[] = [];
      let after: (typeof all)[number] | undefined;
      while (true) {
        const page = await store.listDeliveries({ limit: 7, ...(after === undefined ? {} : { after }) });
        if (page.length === 0) break;
        pages.push(...page.map((d) => `${d.recordId}/${d.sink}`));
        after = page.at(-1);
      }
      expect(pages).toEqual(all.map((d) => `${d.recordId}/${d.sink}`));
      expect(pages.slice(0, 2)).toEqual(['CF-000/credit-platform', 'CF-000/exchange:XZCF']);
      const exchange = await store.listDeliveries({ sink: 'exchange:XZCF', limit: 3 });
      expect(exchange.map((d) => d.recordId)).toEqual(['CF-000', 'CF-001', 'CF-002']);
    });

    it('never takes an accepted delivery back, and refuses bad values', async () => {
      const { store } = await setup();
      await store.commit({ deliveries: [delivery('CF-1')] });
      await expect(
        store.commit({ deliveries: [delivery('CF-1', { status: 'sent' })] }),
      ).rejects.toMatchObject({
        code: 'E_STATE_TRANSITION',
      });
      await store.commit({ deliveries: [delivery('CF-1', { at: LATER })] });
      for (const bad of [
        { contentHash: 'ABC' },
        { version: 0 },
        { version: 1.5 },
        { recordType: 'fine' as never },
        { status: 'done' as never },
        { sink: ' ' },
        { recordId: '' },
      ]) {
        await expect(store.commit({ deliveries: [delivery('CF-9', bad)] })).rejects.toMatchObject({
          code: 'E_STATE_INPUT',
        });
      }
      expect(await store.countDeliveries()).toBe(1);
    });

    it('judges the deliveries of a large commit in order, and stores all of them or none', async () => {
      const { store } = await setup();
      const ids = Array.from({ length: 130 }, (_, index) => `CF-${String(index).padStart(3, '0')}`);
      await store.commit({ deliveries: [delivery('CF-073')] });
      // CF-073 taken back from accepted, in the middle of a large commit and at its end.
      const sent = (list: string[]) => list.map((id) => delivery(id, { status: 'sent' }));
      const withoutIt = ids.filter((id) => id !== 'CF-073');
      for (const deliveries of [sent(ids), sent([...withoutIt.slice(0, 118), 'CF-073'])]) {
        await expect(store.commit({ deliveries })).rejects.toMatchObject({
          code: 'E_STATE_TRANSITION',
          details: { recordId: 'CF-073' },
        });
      }
      // A refused delivery and a malformed one: whichever comes first is reported.
      const malformed = delivery('CF-200', { version: 0 });
      await expect(
        store.commit({ deliveries: [...sent(['CF-001', 'CF-073']), malformed] }),
      ).rejects.toMatchObject({ code: 'E_STATE_TRANSITION' });
      await expect(
        store.commit({ deliveries: [...sent(['CF-001']), malformed, ...sent(['CF-073'])] }),
      ).rejects.toMatchObject({ code: 'E_STATE_INPUT' });
      expect(await store.countDeliveries()).toBe(1);

      // The same key twice in one commit: the later update wins, and both count as attempts.
      await store.commit({
        deliveries: [
          ...sent(withoutIt),
          ...withoutIt.map((id) => delivery(id, { status: 'accepted', at: LATER, receipt: { batch: 2 } })),
        ],
      });
      expect(await store.countDeliveries({ status: 'accepted' })).toBe(130);
      const [last] = await store.findDeliveries([{ recordType: 'penalty', recordId: 'CF-129' }]);
      expect(last).toMatchObject({
        status: 'accepted',
        attempts: 2,
        receipt: { batch: 2 },
        updatedAt: LATER,
      });
    });

    it('applies a commit entirely or not at all', async () => {
      const { store } = await setup();
      await store.commit({ checkpoints: [{ stream: 's', position: 5, at: AT }] });
      const failing: StateChanges[] = [
        {
          deliveries: [delivery('CF-1'), delivery('CF-2'), delivery('CF-3', { version: -1 })],
          checkpoints: [{ stream: 's', position: 8, at: LATER }],
        },
        {
          deliveries: [delivery('CF-1'), delivery('CF-2')],
          deadLetters: [{ source: 'a.csv', rowNumber: 3, recordType: 'penalty', issues: [], at: AT }],
          checkpoints: [{ stream: 's', position: 8, at: LATER, expect: 4 }],
        },
        {
          deliveries: [delivery('CF-1'), delivery('CF-1', { status: 'sent' })],
          checkpoints: [{ stream: 's', position: 8, at: LATER }],
        },
        {
          deadLetters: [
            { source: 'a.csv', rowNumber: 3, recordType: 'penalty', issues: [], at: AT },
            { source: 'a.csv', rowNumber: -1, recordType: 'penalty', issues: [], at: AT },
          ],
        },
      ];
      for (const changes of failing) await expect(store.commit(changes)).rejects.toThrow();
      expect(await store.countDeliveries()).toBe(0);
      expect(await store.getCheckpoint('s')).toEqual({ stream: 's', position: 5, updatedAt: AT });
      expect(await store.listDeadLetters({ includeResolved: true })).toEqual([]);
      const ok = await store.commit({
        deliveries: [delivery('CF-1'), delivery('CF-2')],
        checkpoints: [{ stream: 's', position: 8, at: LATER, expect: 5 }],
      });
      expect(ok.deadLetterIds).toEqual([]);
      expect(await store.countDeliveries()).toBe(2);
    });

    it('keeps dead letters with increasing ids, filters them and resolves them', async () => {
      const { store } = await setup();
      const issue = {
        field: 'subject.idNumber',
        rule: 'E_ID_CHECKSUM',
        message: 'bad check digit',
        value: '420***********123X',
      };
      const first = await store.commit({
        deadLetters: [
          {
            source: 'a.csv',
            rowNumber: 3,
            recordType: 'penalty',
            recordId: 'CF-3',
            issues: [issue],
            at: AT,
            runId: 'run-1',
          },
          { source: 'b.jsonl', rowNumber: 7, recordType: 'license', issues: [], at: AT, runId: 'run-1' },
        ],
      });
      const second = await store.commit({
        deadLetters: [
          { source: 'a.csv', rowNumber: 9, recordType: 'penalty', issues: [], at: LATER, runId: 'run-2' },
        ],
      });
      const ids = [...first.deadLetterIds, ...second.deadLetterIds];
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);
      expect(new Set(ids).size).toBe(3);
      const all = await store.listDeadLetters();
      expect(all[0]).toEqual({
        id: ids[0],
        source: 'a.csv',
        rowNumber: 3,
        recordType: 'penalty',
        recordId: 'CF-3',
        issues: [issue],
        at: AT,
        runId: 'run-1',
      });
      expect((await store.listDeadLetters({ runId: 'run-1' })).map((l) => l.rowNumber)).toEqual([3, 7]);
      expect((await store.listDeadLetters({ source: 'a.csv' })).map((l) => l.rowNumber)).toEqual([3, 9]);
      expect(
        (await store.listDeadLetters({ afterId: ids[0] as number, limit: 1 })).map((l) => l.rowNumber),
      ).toEqual([7]);
      await store.commit({ resolveDeadLetters: { ids: [ids[0] as number], at: LATER } });
      expect((await store.listDeadLetters()).map((l) => l.rowNumber)).toEqual([7, 9]);
      const resolved = await store.listDeadLetters({ includeResolved: true });
      expect(resolved[0]?.resolvedAt).toBe(LATER);
    });

    it('records runs from start to finish, newest first', async () => {
      const { store } = await setup();
      await store.startRun({ runId: 'run-1', startedAt: AT, details: { command: 'sync' } });
      await store.startRun({ runId: 'run-2', startedAt: LATER });
      await expect(store.startRun({ runId: 'run-1', startedAt: AT })).rejects.toMatchObject({
        code: 'E_STATE_CONFLICT',
      });
      expect(await store.getRun('run-1')).toEqual({
        runId: 'run-1',
        startedAt: AT,
        status: 'running',
        counts: {},
        details: { command: 'sync' },
      });
      await store.finishRun({
        runId: 'run-1',
        finishedAt: LATER,
        status: 'partial',
        counts: { read: 10, rejected: 2 },
      });
      await expect(
        store.finishRun({ runId: 'run-1', finishedAt: LATER, status: 'succeeded', counts: {} }),
      ).rejects.toMatchObject({ code: 'E_STATE_CONFLICT' });
      await expect(
        store.finishRun({ runId: 'run-9', finishedAt: LATER, status: 'succeeded', counts: {} }),
      ).rejects.toMatchObject({ code: 'E_STATE_NOT_FOUND' });
      expect(await store.getRun('run-1')).toEqual({
        runId: 'run-1',
        startedAt: AT,
        finishedAt: LATER,
        status: 'partial',
        counts: { read: 10, rejected: 2 },
        details: { command: 'sync' },
      });
      expect((await store.listRuns()).map((r) => r.runId)).toEqual(['run-2', 'run-1']);
      expect((await store.listRuns({ status: 'running' })).map((r) => r.runId)).toEqual(['run-2']);
      expect((await store.listRuns({ limit: 1 })).map((r) => r.runId)).toEqual(['run-2']);
      expect(await store.getRun('run-9')).toBeUndefined();
    });

    it('hands out copies, so callers cannot change stored state by mutating results', async () => {
      const { store } = await setup();
      const receipt = { receiptId: 'R-1' };
      await store.commit({ deliveries: [delivery('CF-1', { receipt })] });
      receipt.receiptId = 'changed';
      const [first] = await store.findDeliveries([{ recordType: 'penalty', recordId: 'CF-1' }]);
      expect(first?.receipt).toEqual({ receiptId: 'R-1' });
      (first?.receipt as { receiptId: string }).receiptId = 'mutated';
      const [again] = await store.findDeliveries([{ recordType: 'penalty', recordId: 'CF-1' }]);
      expect(again?.receipt).toEqual({ receiptId: 'R-1' });
    });

    it('refuses every call once closed; closing twice is harmless', async () => {
      const { store } = await setup();
      await store.close();
      await store.close();
      await expect(store.getCheckpoint('s')).rejects.toMatchObject({ code: 'E_STATE_CLOSED' });
      await expect(store.commit({})).rejects.toMatchObject({ code: 'E_STATE_CLOSED' });
      await expect(store.listRuns()).rejects.toMatchObject({ code: 'E_STATE_CLOSED' });
    });

    it('lets a second handle read while one writes, seeing each commit whole', async () => {
      const { harness, store: writer } = await setup();
      const reader = await reopen(harness);
      const batches = 40;
      let done = false;
      const observations: [number, number][] = [];
      const write = async () => {
        for (let batch = 0; batch < batches; batch += 1) {
          const ids = Array.from({ length: 10 }, (_, i) => `CF-${batch}-${i}`);
          await writer.commit({
            deliveries: ids.map((id) => delivery(id)),
            checkpoints: [{ stream: 's', position: (batch + 1) * 10, at: AT }],
          });
          await new Promise((resolve) => setImmediate(resolve));
        }
        done = true;
      };
      const read = async () => {
        while (!done) {
          // Checkpoint first, count second: a checkpoint ahead of its deliveries would show as position > count.
          const position = ((await reader.getCheckpoint('s'))?.position as number | undefined) ?? 0;
          observations.push([position, await reader.countDeliveries()]);
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      await Promise.all([write(), read()]);
      expect(observations.length).toBeGreaterThan(5);
      for (const [position, count] of observations) expect(count).toBeGreaterThanOrEqual(position);
      expect(await reader.countDeliveries()).toBe(batches * 10);
      expect((await reader.getCheckpoint('s'))?.position).toBe(batches * 10);
    });

    if (options.persistent) {
      it('keeps everything across close and reopen', async () => {
        const { harness, store } = await setup();
        await store.startRun({ runId: 'run-1', startedAt: AT });
        await store.commit({
          deliveries: [delivery('CF-1', { receipt: { receiptId: 'R-1' } })],
          checkpoints: [{ stream: 's', position: 'cursor-9', at: AT }],
          deadLetters: [{ source: 'a.csv', rowNumber: 2, recordType: 'penalty', issues: [], at: AT }],
        });
        const before = {
          deliveries: await store.listDeliveries(),
          checkpoints: await store.listCheckpoints(),
          deadLetters: await store.listDeadLetters(),
          runs: await store.listRuns(),
        };
        await store.close();
        const again = await reopen(harness);
        expect({
          deliveries: await again.listDeliveries(),
          checkpoints: await again.listCheckpoints(),
          deadLetters: await again.listDeadLetters(),
          runs: await again.listRuns(),
        }).toEqual(before);
        const next = await again.commit({
          deadLetters: [{ source: 'a.csv', rowNumber: 3, recordType: 'penalty', issues: [], at: AT }],
        });
        expect(next.deadLetterIds[0]).toBeGreaterThan(before.deadLetters[0]?.id ?? Number.POSITIVE_INFINITY);
      });
    }

    const { faults } = options;
    if (faults !== undefined) {
      it('refuses damaged stored state with E_STATE_CORRUPT instead of starting from zero', async () => {
        const { harness, store } = await setup();
        await store.commit({
          deliveries: Array.from({ length: 200 }, (_, i) => delivery(`CF-${i}`)),
          checkpoints: [{ stream: 's', position: 200, at: AT }],
        });
        await store.close();
        await faults.corrupt(harness);
        await expect(harness.open()).rejects.toMatchObject({ code: 'E_STATE_CORRUPT' });
      });

      it('refuses another application’s data with E_STATE_FOREIGN', async () => {
        const harness = await options.create();
        harnesses.push(harness);
        await faults.foreign(harness);
        await expect(harness.open()).rejects.toMatchObject({ code: 'E_STATE_FOREIGN' });
      });

      it('refuses state written by a newer schema with E_STATE_VERSION', async () => {
        const { harness, store } = await setup();
        await store.close();
        await faults.futureVersion(harness);
        await expect(harness.open()).rejects.toMatchObject({ code: 'E_STATE_VERSION' });
      });
    }
  });
}
