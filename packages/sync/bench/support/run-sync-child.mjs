import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStateStore, runSync } from '../../dist/index.js';

// One end-to-end sync in a process of its own, run as built (`dist/`, as the CLI and the SDK's users run
// it; `pnpm bench:sync` builds it first), in plain JavaScript so that no TypeScript loader shares the
// process whose memory is measured. argv: the CSV, the platform URL, the concurrency, and optionally
// `read-in-thread` or `read-in-worker` (delivery.readInWorker false or true; by default the run's own
// default). The app key and secret come in CB_APP_KEY and CB_APP_SECRET (the mock's demo credentials).
// Prints one JSON line: records delivered, seconds, CPU seconds and the peak RSS (resourceUsage, KiB).
const [csv, url, concurrency = '4', reading] = process.argv.slice(2);
if (csv === undefined || url === undefined) {
  throw new Error(
    'usage: run-sync-child.mjs <csv> <platform url> [concurrency] [read-in-thread|read-in-worker]',
  );
}
const readInWorker = { 'read-in-thread': false, 'read-in-worker': true }[reading ?? ''];
const dir = mkdtempSync(join(tmpdir(), 'credit-bridge-bench-state-'));
const store = await createSqliteStateStore({ path: join(dir, 'state.db') });
const started = performance.now();
const report = await runSync(
  {
    platforms: {
      credit: { baseUrl: url, appKey: process.env.CB_APP_KEY ?? '', concurrency: Number(concurrency) },
    },
    today: '2026-06-30',
    ...(readInWorker === undefined ? {} : { delivery: { readInWorker } }),
    streams: [
      {
        name: 'penalties',
        recordType: 'penalty',
        source: { kind: 'csv', path: csv },
        sinks: [{ platform: 'credit' }],
      },
    ],
  },
  { store, secrets: { credit: { appSecret: process.env.CB_APP_SECRET ?? '' } } },
);
const seconds = (performance.now() - started) / 1000;
await store.close();
rmSync(dir, { recursive: true, force: true });
const cpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({
    status: report.status,
    accepted: report.totals.accepted + report.totals.duplicate,
    rejected: report.totals.rejected,
    rejectsByRule: report.rejectsByRule,
    unchanged: report.totals.unchanged,
    seconds,
    maxRssKb: process.resourceUsage().maxRSS,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  })}\n`,
);
