import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId, type Worker } from 'node:worker_threads';
import { type CalendarDate, isCreditBridgeError } from '@credit-bridge/core';
import { SYNTHETIC_TODAY } from '@credit-bridge/core/testing';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createMemoryStateStore,
  createRowMapper,
  fromIterable,
  type RunReport,
  runSync,
  type SyncConfig,
} from '../../src/index.js';
import { openSource } from '../../src/runner/internal/open-source.js';
import { type ReadInWorkerOptions, readInWorker } from '../../src/runner/internal/read-in-worker.js';
import { type ReadItem, readRecords } from '../../src/runner/internal/read-records.js';
import { createFakeSink } from '../support/fake-sink.js';
import { writePenaltyCsv } from '../support/penalty-csv.js';
import { customConfig, penaltyRows } from '../support/penalty-rows.js';
import { collect, useTempDir } from '../support/temp-dir.js';

type FileSource = ReadInWorkerOptions['source'];

// Workers started while a test runs, seen through the process's public 'worker' event: their thread
// ids and exit codes.
interface Started {
  readonly threadId: number;
  readonly exit: Promise<number>;
}
const started: Started[] = [];
const onWorker = (worker: Worker) =>
  started.push({ threadId: worker.threadId, exit: new Promise((resolve) => worker.once('exit', resolve)) });
beforeAll(() => process.on('worker', onWorker));
afterAll(() => process.off('worker', onWorker));
afterEach(() => {
  started.length = 0;
});

/** A clock that ticks one second per call, so every dead letter's stamp tells when it was asked for. */
function tickingNow(): () => string {
  let seconds = 0;
  return () => {
    seconds += 1;
    return `2026-06-30T08:${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}+08:00`;
  };
}

function inThread(source: FileSource, skipThrough: number) {
  const tally = { read: 0, resumed: 0 };
  const items = readRecords({
    rows: openSource(source, {}).rows,
    recordType: 'penalty',
    mapper: createRowMapper({ recordType: 'penalty' }),
    today: SYNTHETIC_TODAY as CalendarDate,
    skipThrough,
    now: tickingNow(),
    tally,
  });
  return { items, tally };
}

function inWorker(
  source: FileSource,
  skipThrough: number,
  flow: { chunkItems?: number; credit?: number } = {},
) {
  const tally = { read: 0, resumed: 0 };
  const items = readInWorker({
    source,
    recordType: 'penalty',
    mapping: undefined,
    today: SYNTHETIC_TODAY as CalendarDate,
    skipThrough,
    now: tickingNow(),
    tally,
    ...flow,
  });
  return { items, tally };
}

async function thrown(items: AsyncIterable<ReadItem>): Promise<unknown> {
  try {
    await collect(items);
  } catch (error) {
    return error;
  }
  throw new Error('expected the read to fail');
}

describe('readInWorker', () => {
  const dir = useTempDir();

  it.each([
    ['GBK', 'gbk'],
    ['UTF-8', 'utf-8'],
  ] as const)(
    'yields what readRecords yields on a %s CSV with bad rows, byte for byte, counts included',
    async (_label, encoding) => {
      const csv = writePenaltyCsv({ dir: dir(), count: 120, seed: 61, badEvery: 7 });
      if (encoding === 'utf-8') writeFileSync(csv.path, iconv.decode(readFileSync(csv.path), 'gbk'));
      const source: FileSource = { kind: 'csv', path: csv.path };
      for (const skipThrough of [0, 40]) {
        const expected = inThread(source, skipThrough);
        const expectedItems = await collect(expected.items);
        // Small chunks and one chunk of credit: many messages, and the worker waiting on the reader.
        const actual = inWorker(source, skipThrough, { chunkItems: 7, credit: 1 });
        const actualItems = await collect(actual.items);
        expect(JSON.stringify(actualItems)).toBe(JSON.stringify(expectedItems));
        expect(actualItems).toEqual(expectedItems);
        expect(actual.tally).toEqual(expected.tally);
        expect(actual.tally).toEqual({ read: csv.rows - skipThrough, resumed: skipThrough });
        const rejects = actualItems.flatMap((item) => (item.kind === 'reject' ? [item.letter] : []));
        expect(rejects.map((letter) => letter.rowNumber)).toEqual(
          csv.bad.filter((bad) => bad.rowNumber > skipThrough).map((bad) => bad.rowNumber),
        );
        expect(rejects[0]?.at).toBe('2026-06-30T08:00:01+08:00');
      }
    },
  );

  it('reads in a thread of its own, and counts every item as it is handed on', async () => {
    const csv = writePenaltyCsv({ dir: dir(), count: 30, seed: 62 });
    const { items, tally } = inWorker({ kind: 'csv', path: csv.path }, 0, { chunkItems: 10 });
    const seen: number[] = [];
    for await (const item of items) {
      seen.push(tally.read);
      expect(item.position).toBe(tally.read);
    }
    expect(seen).toEqual(Array.from({ length: csv.rows }, (_, index) => index + 1));
    expect(started).toHaveLength(1);
    expect(started[0]?.threadId).not.toBe(threadId);
    expect(await started[0]?.exit).toBeTypeOf('number');
  });

  it('throws the error a source throws in the worker: same code, message and details', async () => {
    const path = join(dir(), 'twice.csv');
    writeFileSync(path, '名称,名称\r\na,b\r\n');
    const source: FileSource = { kind: 'csv', path };
    const expected = await thrown(inThread(source, 0).items);
    const actual = await thrown(inWorker(source, 0).items);
    expect(isCreditBridgeError(actual)).toBe(true);
    expect(isCreditBridgeError(expected)).toBe(true);
    const fields = (error: unknown) => {
      const { name, message, code, retryable, details } = error as Record<string, unknown>;
      return { name, message, code, retryable, details };
    };
    expect(fields(actual)).toEqual(fields(expected));
    expect(fields(actual)).toMatchObject({ code: 'E_SOURCE_HEADER' });
    expect(await started[0]?.exit).toBeTypeOf('number');
  });

  it('throws a missing file as the same system error', async () => {
    const source: FileSource = { kind: 'csv', path: join(dir(), 'missing.csv') };
    const expected = (await thrown(inThread(source, 0).items)) as NodeJS.ErrnoException;
    const actual = (await thrown(inWorker(source, 0).items)) as NodeJS.ErrnoException;
    expect(actual).toBeInstanceOf(Error);
    expect([actual.name, actual.message, actual.code, actual.errno, actual.syscall, actual.path]).toEqual([
      expected.name,
      expected.message,
      'ENOENT',
      expected.errno,
      expected.syscall,
      expected.path,
    ]);
  });

  it('terminates the worker when the reader stops early, by break or by throw', async () => {
    const csv = writePenaltyCsv({ dir: dir(), count: 200, seed: 63 });
    const first = inWorker({ kind: 'csv', path: csv.path }, 0, { chunkItems: 5, credit: 1 });
    let taken = 0;
    for await (const _item of first.items) {
      taken += 1;
      if (taken === 3) break;
    }
    expect(first.tally.read).toBe(3);
    expect(started).toHaveLength(1);
    expect(await started[0]?.exit).toBe(1);

    const second = inWorker({ kind: 'csv', path: csv.path }, 0).items;
    await second.next();
    await expect(second.throw(new Error('stop'))).rejects.toThrow('stop');
    expect(started).toHaveLength(2);
    expect(await started[1]?.exit).toBe(1);
  });
});

describe('runSync with delivery.readInWorker', () => {
  const dir = useTempDir();
  // A clock that is not the wall's: every stamp of the run, dead letters' included, must come from it.
  const clock = () => Date.UTC(2026, 5, 30, 1, 2, 3);

  function csvConfig(path: string, readInWorker: boolean | undefined, letters: string): SyncConfig {
    return {
      platforms: { credit: { baseUrl: 'http://127.0.0.1:9', appKey: 'test-app' } },
      today: SYNTHETIC_TODAY,
      deadLetters: { path: letters },
      delivery: {
        retryDelayMs: 0,
        maxRetryDelayMs: 0,
        progressIntervalMs: 0,
        maxInFlightRecords: 40,
        ...(readInWorker === undefined ? {} : { readInWorker }),
      },
      streams: [
        {
          name: 'penalties',
          recordType: 'penalty',
          source: { kind: 'csv', path },
          sinks: [{ platform: 'credit' }],
        },
      ],
    };
  }

  async function run(path: string, readInWorker: boolean | undefined) {
    const sink = createFakeSink({ maxRecords: 15 });
    const letters = join(dir(), `letters-${String(readInWorker)}.jsonl`);
    const store = createMemoryStateStore();
    const reads: number[] = [];
    const report = await runSync(csvConfig(path, readInWorker, letters), {
      store,
      clock,
      runId: 'run-1',
      sinks: () => sink,
      onProgress: (progress) => reads.push(progress.read),
    });
    const workers = started.splice(0);
    const held = [...sink.held.values()].map(({ record, stored }) => ({ record, stored }));
    return { report: withoutBatches(report), held, letters: readFileSync(letters, 'utf8'), reads, workers };
  }

  it('reads a file source in a worker when on and in its own thread when off, to the same end', async () => {
    const csv = writePenaltyCsv({ dir: dir(), count: 150, seed: 64 });
    const on = await run(csv.path, true);
    const off = await run(csv.path, false);
    expect(on.workers).toHaveLength(1);
    expect(on.workers[0]?.threadId).not.toBe(threadId);
    expect(off.workers).toHaveLength(0);
    expect(on.report).toEqual(off.report);
    expect(on.held).toEqual(off.held);
    expect(on.letters).toBe(off.letters);
    expect(on.reads.at(-1)).toBe(csv.rows);
    expect(off.reads.at(-1)).toBe(csv.rows);
    expect(on.report.totals.read).toBe(csv.rows);
    expect(on.report.totals.invalid).toBeGreaterThan(10);
    expect(on.letters.split('\n').filter(Boolean)).toHaveLength(on.report.totals.invalid);
    for (const line of on.letters.split('\n').filter(Boolean)) {
      expect(JSON.parse(line)).toMatchObject({ at: '2026-06-30T09:02:03.000+08:00' });
    }
  });

  it("fails the stream with the source's error either way", async () => {
    const path = join(dir(), 'twice.csv');
    writeFileSync(path, '名称,名称\r\na,b\r\n');
    const on = await run(path, true);
    const off = await run(path, false);
    expect(on.workers).toHaveLength(1);
    expect(on.report.streams[0]?.error).toMatchObject({ code: 'E_SOURCE_HEADER' });
    expect(on.report).toEqual(off.report);
  });

  it('reads a small file in its own thread by default, where a worker would cost more than it saves', async () => {
    const csv = writePenaltyCsv({ dir: dir(), count: 20, seed: 65 });
    const byDefault = await run(csv.path, undefined);
    expect(byDefault.workers).toHaveLength(0);
    expect(byDefault.report.totals.read).toBe(csv.rows);
  });

  it('reads custom sources in its own thread, whatever the option says', async () => {
    const { rows } = penaltyRows(20, 66);
    const sink = createFakeSink();
    const report = await runSync(
      customConfig({
        delivery: { readInWorker: true, retryDelayMs: 0, maxRetryDelayMs: 0, progressIntervalMs: 0 },
      }),
      { store: createMemoryStateStore(), sources: { rows: () => fromIterable(rows) }, sinks: () => sink },
    );
    expect(report.totals.read).toBe(20);
    expect(started).toHaveLength(0);
  });
});

// Batches may be cut at other places when the reader runs at another pace; every other count must agree.
// Each run writes its dead letters to a file of its own.
function withoutBatches(report: RunReport) {
  return {
    ...report,
    deadLetters: { ...report.deadLetters, path: '' },
    streams: report.streams.map((stream) => ({
      ...stream,
      sinks: stream.sinks.map(({ batches: _batches, ...sink }) => sink),
    })),
  };
}
