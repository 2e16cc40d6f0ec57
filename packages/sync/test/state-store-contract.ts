import { afterEach, describe, expect, it } from 'vitest';
import type { StateChanges, StateStore } from '../src/index.js';
import { AT, delivery, hash, LATER } from './state-store-contract/contract-fixtures.js';
import { describeLedgerContract } from './state-store-contract/ledger-contract.js';

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

    describeLedgerContract(setup);

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
