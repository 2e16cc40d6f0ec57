import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStateStore, fromIterable, runSync } from '../../src/index.js';
import { createFakeSink } from '../support/fake-sink.js';
import { customConfig, penaltyRows } from '../support/penalty-rows.js';

const { rows: bases } = penaltyRows(4, 23);

/** A row: one of four records, at a version, in one of two contents. */
const rowSpec = fc.record({
  record: fc.integer({ min: 0, max: 3 }),
  version: fc.integer({ min: 1, max: 3 }),
  content: fc.constantFrom('A', 'B'),
});

function rowOf(spec: { record: number; version: number; content: string }): Record<string, string> {
  const base = bases[spec.record] as Record<string, string>;
  return { ...base, RECORD_VERSION: String(spec.version), CF_SY: `${base.CF_SY}（${spec.content}）` };
}

describe('dedupe by (record id, version, content hash) (property)', () => {
  it('sends the first row of each id and version, skips repeats and older versions, dead-letters changed content under a version already sent; a second run sends nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowSpec, { minLength: 1, maxLength: 30 }), async (specs) => {
        const rows = specs.map(rowOf);
        // The model, row by row: what a careful operator would expect.
        const sent = new Map<string, { version: number; content: string }>();
        const expected = { send: [] as number[], unchanged: 0, stale: 0, conflicts: [] as number[] };
        specs.forEach((spec, index) => {
          const id = bases[spec.record]?.RECORD_ID as string;
          const earlier = sent.get(id);
          if (earlier === undefined || spec.version > earlier.version) {
            sent.set(id, { version: spec.version, content: spec.content });
            expected.send.push(index + 1);
          } else if (spec.version < earlier.version) expected.stale += 1;
          else if (spec.content === earlier.content) expected.unchanged += 1;
          else expected.conflicts.push(index + 1);
        });
        const store = createMemoryStateStore();
        const sink = createFakeSink({ maxRecords: 4 });
        const config = customConfig(
          { platforms: { credit: { baseUrl: 'http://127.0.0.1:9', appKey: 'k', concurrency: 1 } } },
          'export-1',
        );
        const deps = { store, sources: { rows: () => fromIterable(rows) }, sinks: () => sink };
        const report = await runSync(config, deps);

        expect(
          sink.calls
            .flat()
            .map((record) => `${record.recordId}@${record.version}:${(record as { facts: string }).facts}`),
        ).toEqual(
          expected.send.map((row) => {
            const source = rows[row - 1] as Record<string, string>;
            return `${source.RECORD_ID}@${source.RECORD_VERSION}:${source.CF_SY}`;
          }),
        );
        expect(report.streams[0]?.sinks[0]).toMatchObject({
          unchanged: expected.unchanged,
          stale: expected.stale,
          conflicts: expected.conflicts.length,
          rejected: expected.conflicts.length,
        });
        const letters = await store.listDeadLetters();
        expect(letters.map((letter) => [letter.rowNumber, letter.issues[0]?.rule])).toEqual(
          expected.conflicts.map((row) => [row, 'E_SYNC_VERSION_CONFLICT']),
        );

        // The same rows again as a new export: the ledger knows every verdict, nothing goes out.
        const calls = sink.calls.length;
        const again = await runSync(customConfig({ platforms: config.platforms }, 'export-2'), deps);
        expect(sink.calls.length).toBe(calls);
        expect(again.streams[0]?.restarted).toBe(true);
        expect(again.totals.sent).toBe(0);
        expect(await store.listDeadLetters()).toHaveLength(letters.length);
      }),
      { numRuns: 40 },
    );
  });
});
