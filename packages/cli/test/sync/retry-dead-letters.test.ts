import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYNTHETIC_TODAY } from '@credit-bridge/core/testing';
import { DEMO_APP_KEY, DEMO_APP_SECRET, type MockServer, startMockServer } from '@credit-bridge/mock';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { openState } from '../../src/commands/open-state.js';
import { summarizeState } from '../../src/commands/state-show.js';
import { runConfiguredSync } from '../../src/commands/sync-run.js';
import { buildDemoDataset } from '../../src/demo/build-demo-dataset.js';
import { toExcelCsv } from '../../src/demo/write-demo-exports.js';
import { type CliIo, createBufferStream, loadConfig } from '../../src/index.js';
import { retryDeadLetters } from '../../src/sync/retry-dead-letters.js';

const dataset = buildDemoDataset({ today: SYNTHETIC_TODAY, sizes: { penalties: 320, blacklist: 12 } });
let server: MockServer;
let dir: string;

beforeEach(async () => {
  server = await startMockServer({ port: 0, seed: 3 });
  dir = await mkdtemp(join(tmpdir(), 'cb-retry-'));
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function writeCsv(rows: typeof dataset.penaltyRows): Promise<void> {
  await writeFile(join(dir, 'p.csv'), iconv.encode(toExcelCsv('penalty', rows), 'gbk'));
}

describe('rejects retry', () => {
  it('delivers corrected rows, supersedes rows rejected again, and leaves the stream checkpoints alone', async () => {
    await writeCsv(dataset.penaltyRows);
    const file = join(dir, 'sync.yaml');
    await writeFile(
      file,
      stringify({
        platforms: { credit: { baseUrl: server.creditUrl, appKey: DEMO_APP_KEY } },
        today: SYNTHETIC_TODAY,
        streams: [
          {
            name: 'p',
            recordType: 'penalty',
            source: { kind: 'csv', path: 'p.csv' },
            sinks: [{ platform: 'credit' }],
          },
        ],
      }),
    );
    const config = await loadConfig({ path: file, cwd: dir });
    const io: CliIo = {
      stdout: createBufferStream(),
      stderr: createBufferStream(),
      env: { CREDIT_BRIDGE_CREDIT_APP_SECRET: DEMO_APP_SECRET },
      cwd: dir,
      now: () => new Date(),
      signal: new AbortController().signal,
    };
    const { report } = await runConfiguredSync(config, io, { only: [], quiet: true });
    expect(report.totals.rejected).toBe(3);

    // The operator corrects row 302 (a missing 违法事实) and leaves the other two as they are.
    const fixed = [...dataset.penaltyRows];
    const original = dataset.accepted.penalty.find(
      (record) => record.recordId === dataset.penaltyRows[301]?.RECORD_ID,
    );
    expect(original).toBeUndefined();
    fixed[301] = { ...fixed[301], CF_SY: '经查，当事人未按规定落实扬尘防治措施。' } as (typeof fixed)[number];
    await writeCsv(fixed);

    const store = await openState(config.statePath, { mustExist: true });
    try {
      const letters = await store.listDeadLetters();
      const outcome = await retryDeadLetters({
        config,
        store,
        secrets: { credit: { appSecret: DEMO_APP_SECRET } },
        letters,
        now: () => new Date(),
        signal: new AbortController().signal,
      });
      expect(outcome).toMatchObject({ retried: 3, resolved: 1, stillRejected: 2, deferred: 0, unmatched: 0 });
      const open = await store.listDeadLetters();
      expect(open.map((letter) => letter.rowNumber)).toEqual([7, 320]);
      expect(open.every((letter) => !letters.some((old) => old.id === letter.id))).toBe(true);
      const summary = await summarizeState(store, config.statePath, 5);
      expect(summary.deliveries.penalty).toEqual({ accepted: 318, rejected: 0, sent: 0 });
      expect(summary.checkpoints.map((checkpoint) => [checkpoint.stream, checkpoint.position])).toEqual([
        ['p→credit-platform', 320],
        ['p→dead-letters', 320],
      ]);
      expect(summary.openDeadLetters).toBe(2);
    } finally {
      await store.close();
    }
    const held = server.credit.state.summary().records.penalty;
    expect(held).toBe(318);
  });
});
