import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { DEFAULT_CREDIT_PLATFORM_PROFILE } from '@credit-bridge/core';
import { createHmacSigner } from '@credit-bridge/http';
import { DEMO_APP_KEY, DEMO_APP_SECRET } from '@credit-bridge/mock';
import axios from 'axios';
import { benchMirrorLookups } from './mirror-lookups.js';
import { benchCsv, benchWireRows } from './support/bench-csv.js';

// `pnpm bench:sync`: in one run against the standalone mock over loopback, the end-to-end sync of 200k
// penalties from a GBK CSV (a child process: read, map, validate, dedupe, batch, deliver, ledger and
// checkpoints in SQLite) against a naive script (one axios request per record, in turn, on a sample) and
// the raw limit (the same records as pre-serialized batches posted with a bare keep-alive client, no
// validation or state); then the mirror's lookups, and the peak RSS of a sync of 1M records against a
// platform that keeps nothing (the mock stores every record). The platforms run in processes of their
// own. The sync runs as built, as the CLI runs it: the package and what it depends on are built first.
// The 200k sync runs SYNC_RUNS times, each between two measurements of the raw limit, and the run with
// the median ratio is the one reported: the machines here are shared, and their speed swings by a
// quarter from one half-minute to the next, so one pair alone says more about the machine than the sync.
// Sizes: CB_BENCH_RECORDS, CB_BENCH_RSS_RECORDS, CB_BENCH_NAIVE_RECORDS, CB_BENCH_SYNC_RUNS.
const RECORDS = Number(process.env.CB_BENCH_RECORDS ?? 200_000);
const SYNC_RUNS = Math.max(1, Math.floor(Number(process.env.CB_BENCH_SYNC_RUNS ?? 3)) || 1);
const RSS_RECORDS = Number(process.env.CB_BENCH_RSS_RECORDS ?? 1_000_000);
const NAIVE_RECORDS = Number(process.env.CB_BENCH_NAIVE_RECORDS ?? 2_000);
const CONCURRENCY = 4;
const BATCH = DEFAULT_CREDIT_PLATFORM_PROFILE.batchLimits.recordsPerBatch;
const SUBMIT = DEFAULT_CREDIT_PLATFORM_PROFILE.paths.penaltiesSubmit;

const conditions = ['--conditions=@credit-bridge/source', '--import', 'tsx'];
const here = (path: string) => new URL(path, import.meta.url).pathname;

/** A Node process on `script` (TypeScript through tsx, or plain JavaScript with `plain`), with the demo credentials. */
function spawnScript(script: string, args: string[] = [], plain = false): ChildProcess {
  return spawn(process.execPath, [...(plain ? [] : conditions), here(script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CB_APP_KEY: DEMO_APP_KEY, CB_APP_SECRET: DEMO_APP_SECRET },
  });
}

async function firstLine<T>(child: ChildProcess): Promise<T> {
  const lines = createInterface({ input: child.stdout as NonNullable<typeof child.stdout> });
  for await (const line of lines) return JSON.parse(line) as T;
  throw new Error('the child process printed nothing');
}

async function resetPlatform(url: string): Promise<void> {
  await axios.post(`${url}/__admin/reset`, '{}', { headers: { 'content-type': 'application/json' } });
}

const sign = createHmacSigner({ appKey: DEMO_APP_KEY, appSecret: DEMO_APP_SECRET });

/** The naive script: each record in a request of its own, one after another, with axios; seconds taken. */
async function naive(url: string, from: number, to: number): Promise<number> {
  const started = performance.now();
  let done = 0;
  let index = 0;
  for (const row of benchWireRows(to)) {
    if (index++ < from) continue;
    const body = JSON.stringify({ records: [row] });
    const signed = sign({
      method: 'POST',
      url: `${url}${SUBMIT}`,
      headers: { 'content-type': 'application/json' },
      body,
    });
    const response = await axios.post(`${url}${SUBMIT}`, body, {
      headers: { ...signed.headers, 'Idempotency-Key': `naive-${row.RECORD_ID}-1` },
    });
    done += (response.data as { data: { accepted: number } }).data.accepted;
  }
  if (done !== to - from) throw new Error(`naive: ${done} of ${to - from} accepted`);
  return (performance.now() - started) / 1000;
}

/** The raw limit: bodies serialized beforehand, posted over keep-alive sockets, CONCURRENCY at a time. */
async function raw(url: string): Promise<number> {
  const bodies: string[] = [];
  let batch: string[] = [];
  for (const row of benchWireRows(RECORDS)) {
    batch.push(JSON.stringify(row));
    if (batch.length === BATCH) {
      bodies.push(`{"records":[${batch.join(',')}]}`);
      batch = [];
    }
  }
  if (batch.length > 0) bodies.push(`{"records":[${batch.join(',')}]}`);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const target = new URL(`${url}${SUBMIT}`);
  const post = (body: string, key: string) =>
    new Promise<number>((resolve, reject) => {
      const signed = sign({
        method: 'POST',
        url: target.href,
        headers: { 'content-type': 'application/json' },
        body,
      });
      const req = request(
        target,
        {
          method: 'POST',
          agent,
          headers: { ...signed.headers, 'Idempotency-Key': key, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve(
              (JSON.parse(Buffer.concat(chunks).toString()) as { data: { accepted: number } }).data.accepted,
            ),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const started = performance.now();
  let next = 0;
  let accepted = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bodies.length) {
        const index = next++;
        const answered = await post(bodies[index] as string, `raw-limit-batch-${index}`);
        accepted += answered;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  if (accepted !== RECORDS) throw new Error(`raw: ${accepted} of ${RECORDS} accepted`);
  return RECORDS / seconds;
}

interface SyncResult {
  status: string;
  accepted: number;
  seconds: number;
  cpuSeconds: number;
  maxRssKb: number;
}

/** Builds `@credit-bridge/sync` and the packages it depends on, so that the sync measured is this code. */
function buildSync(): void {
  const built = spawnSync('pnpm', ['--filter', '@credit-bridge/sync...', 'run', 'build'], {
    cwd: here('../../..'),
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`building the sync failed:\n${built.stdout}${built.stderr}`);
}

type Reading = 'read-in-thread' | 'read-in-worker';

async function sync(csv: string, url: string, records: number, reading?: Reading): Promise<SyncResult> {
  const args = [csv, url, String(CONCURRENCY), ...(reading ? [reading] : [])];
  const child = spawnScript('./support/run-sync-child.mjs', args, true);
  const result = await firstLine<SyncResult>(child);
  if (result.status !== 'succeeded' || result.accepted !== records) {
    throw new Error(`sync: ${result.status}, ${result.accepted} of ${records} delivered`);
  }
  return result;
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const rate = (value: number) => String(Math.round(value));

say('building @credit-bridge/sync and the packages it depends on…');
buildSync();
say(
  `preparing the GBK CSV files (${RECORDS} and ${RSS_RECORDS} penalties; kept in the temporary directory)…`,
);
const csv = await benchCsv(RECORDS);
const bigCsv = await benchCsv(RSS_RECORDS);

const mock = spawnScript('./support/serve-platform.ts');
let syncRate: number;
let naiveRate: number;
let rawRate: number;
try {
  const { url } = await firstLine<{ url: string }>(mock);
  // Each baseline is measured on both sides of what it is compared with: the machine's load drifts (it
  // is shared), and a baseline taken on one side only would credit or blame the sync for the drift.
  const naiveBefore = await naive(url, 0, NAIVE_RECORDS / 2);
  await resetPlatform(url);
  const raws = [await raw(url)];
  // Each sync's rate, with the raw limit around it (the mean of the measurements before and after).
  const runs: { result: SyncResult; rate: number; raw: number }[] = [];
  for (let run = 0; run < SYNC_RUNS; run += 1) {
    await resetPlatform(url);
    const result = await sync(csv, url, RECORDS);
    await resetPlatform(url);
    raws.push(await raw(url));
    const around = ((raws.at(-2) as number) + (raws.at(-1) as number)) / 2;
    runs.push({ result, rate: RECORDS / result.seconds, raw: around });
  }
  await resetPlatform(url);
  const naiveAfter = await naive(url, NAIVE_RECORDS / 2, NAIVE_RECORDS);
  naiveRate = NAIVE_RECORDS / (naiveBefore + naiveAfter);
  const ratio = (run: (typeof runs)[number]) => run.rate / run.raw;
  const median = [...runs].sort((a, b) => ratio(a) - ratio(b))[
    Math.floor((runs.length - 1) / 2)
  ] as (typeof runs)[number];
  syncRate = median.rate;
  rawRate = median.raw;
  say(
    `naive script (one axios request per record, sequential, ${NAIVE_RECORDS} records): ${rate(naiveRate)} records/s`,
  );
  say(
    `raw limit (pre-serialized batches of ${BATCH}, bare keep-alive client, ${CONCURRENCY} at a time), around each sync: ${raws.map(rate).join(', ')} records/s`,
  );
  for (const [index, run] of runs.entries()) {
    say(
      `sync ${index + 1} of ${runs.length}, ${RECORDS} penalties from a GBK CSV, end to end: ${rate(run.rate)} records/s (${run.result.seconds.toFixed(1)} s, ${((run.result.cpuSeconds * 1e6) / RECORDS).toFixed(0)} µs of CPU per record), ${ratio(run).toFixed(2)}× the raw limit around it${run === median ? ' (the median, reported)' : ''}`,
    );
  }
} finally {
  mock.kill('SIGTERM');
}

const mirror = await benchMirrorLookups();
const mirrorRate = mirror.lookupsPerSecond;
say(
  `mirror: ${rate(mirrorRate)} lookups/s on 500k entries (a bare Map.get on the same keys: ${rate(mirror.mapGetsPerSecond)}/s; rope keys ${rate(mirror.ropeLookupsPerSecond)}/s; untidy input ${rate(mirror.untidyLookupsPerSecond)}/s)`,
);

const acceptor = spawnScript('./support/serve-acceptor.ts');
let rssMb: number;
try {
  const { url } = await firstLine<{ url: string }>(acceptor);
  const result = await sync(bigCsv, url, RSS_RECORDS);
  rssMb = result.maxRssKb / 1024;
  say(
    `sync of ${RSS_RECORDS} penalties against a platform that keeps nothing: ${rate(RSS_RECORDS / result.seconds)} records/s, peak RSS ${rssMb.toFixed(0)} MB`,
  );
  // By default a host of fewer than 4 CPUs reads in the run's own thread, a larger one in a worker
  // thread (a second heap): the same run with the worker, for context.
  const inWorker = await sync(bigCsv, url, RSS_RECORDS, 'read-in-worker');
  say(
    `the same, read in a worker thread (readInWorker: true): ${rate(RSS_RECORDS / inWorker.seconds)} records/s, peak RSS ${(inWorker.maxRssKb / 1024).toFixed(0)} MB`,
  );
} finally {
  acceptor.kill('SIGTERM');
}

say(
  `sync: ${rate(syncRate)} records/s, ${(syncRate / naiveRate).toFixed(1)}× naive, ${(syncRate / rawRate).toFixed(2)}× raw limit; mirror: ${rate(mirrorRate)} lookups/s; rss(1M): ${rssMb.toFixed(0)} MB`,
);
