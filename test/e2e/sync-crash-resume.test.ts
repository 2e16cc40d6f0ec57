import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom, SYNTHETIC_TODAY } from '@credit-bridge/core/testing';
import { DEMO_APP_KEY, DEMO_APP_SECRET, type MockServer, startMockServer } from '@credit-bridge/mock';
import { createSqliteStateStore, type SyncConfig } from '@credit-bridge/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePenaltyCsv } from '../../packages/sync/test/support/penalty-csv.js';

const CHILD = new URL('../../packages/sync/test/support/run-sync-child.ts', import.meta.url).pathname;
const ROOT = new URL('../..', import.meta.url).pathname;

let server: MockServer;
let dir: string;

// Each request waits this long at the mock, so a run of the 1,000 rows takes about two seconds however
// fast the machine is: the seeded kill points (the 5th commit, 600 ms in) fall inside the runs instead of
// after a fast machine has finished, and a few runs leave work for the next.
const LATENCY_MS = 60;

beforeAll(async () => {
  server = await startMockServer({ seed: 73, latencyMs: LATENCY_MS });
  dir = mkdtempSync(join(tmpdir(), 'credit-bridge-e2e-crash-'));
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the sync in a child process; resolves with its exit code, or the signal that ended it. */
function runChild(
  config: SyncConfig,
  kill: string,
): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=@credit-bridge/source', '--import', 'tsx', CHILD], {
      cwd: ROOT,
      env: {
        ...process.env,
        CB_SYNC_CONFIG: JSON.stringify(config),
        CB_STATE_PATH: join(dir, 'state.db'),
        CB_CREDIT_SECRET: DEMO_APP_SECRET,
        CB_KILL: kill,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('crash and resume', () => {
  it('a sync killed with SIGKILL at seeded points and re-run leaves every record on the platform exactly once', async () => {
    const csv = writePenaltyCsv({ dir, count: 1000, seed: 9, badEvery: 23 });
    const config: SyncConfig = {
      platforms: {
        credit: { baseUrl: server.creditUrl, appKey: DEMO_APP_KEY, concurrency: 3, maxRecords: 10 },
      },
      today: SYNTHETIC_TODAY,
      delivery: { retryDelayMs: 10 },
      streams: [
        {
          name: 'penalties',
          recordType: 'penalty',
          source: { kind: 'csv', path: csv.path },
          sinks: [{ platform: 'credit' }],
        },
      ],
    };
    const random = createRandom(2026);
    const kills = Array.from({ length: 9 }, (_, index) => {
      switch (index % 3) {
        case 0:
          return `delivered:${random.int(1, 5)}`;
        case 1:
          return `committed:${random.int(1, 5)}`;
        default:
          return `timer:${random.int(50, 600)}`;
      }
    });
    let killed = 0;
    for (const kill of kills) {
      const outcome = await runChild(config, kill);
      if (outcome.signal === 'SIGKILL') killed += 1;
      else expect(outcome, outcome.stderr).toMatchObject({ code: 0 });
    }
    expect(killed).toBeGreaterThanOrEqual(7);
    const last = await runChild(config, '');
    expect(last, last.stderr).toMatchObject({ code: 0, signal: null });

    const held = server.credit.state.records('penalty');
    expect(held.map((record) => record.recordId).sort()).toEqual(
      csv.expected.map((record) => record.recordId).sort(),
    );
    const byId = new Map(held.map((record) => [record.recordId, record]));
    for (const record of csv.expected) {
      expect(byId.get(record.recordId)).toEqual(record);
      expect(server.credit.state.data.stores.penalty.versions(record.recordId)).toHaveLength(1);
    }
    const store = await createSqliteStateStore({ path: join(dir, 'state.db') });
    try {
      expect(await store.countDeliveries({ status: 'accepted' })).toBe(csv.expected.length);
      const letters = await store.listDeadLetters({ limit: 10_000 });
      expect(letters.map((letter) => [letter.rowNumber, letter.issues.map((issue) => issue.rule)])).toEqual(
        csv.bad.map((row) => [row.rowNumber, row.rules]),
      );
      const runs = await store.listRuns({ limit: 100 });
      expect(runs[0]?.status).toBe('succeeded');
      expect(runs.filter((run) => run.status === 'aborted')).toHaveLength(killed);
      expect(await store.getCheckpoint('penalties→credit-platform')).toMatchObject({ position: csv.rows });
    } finally {
      await store.close();
    }
  }, 90_000);
});
