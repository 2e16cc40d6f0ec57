import { join } from 'node:path';
import { toWireRecord } from '@credit-bridge/core';
import { generateRecords, SYNTHETIC_TODAY } from '@credit-bridge/core/testing';
import { DEMO_APP_KEY, DEMO_APP_SECRET, type MockServer, startMockServer } from '@credit-bridge/mock';
import { createSqliteStateStore } from '@credit-bridge/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH_HOOK_VARIABLE } from '../../packages/cli/src/sync/crash-hook.js';
import { runCliProcess } from '../../packages/cli/test/support/cli-process.js';
import { createWorkspace, type Workspace } from '../../packages/cli/test/support/workspace.js';

// `sync run` killed with SIGKILL at seeded points — just after the platform answered a batch and
// before the answer was committed, and just after a commit — then run again, until a run finishes.
// Afterwards the platform holds exactly the expected records, and the ledger agrees.
const records = generateRecords('penalty', { seed: 404, count: 1_000, today: SYNTHETIC_TODAY });
const KILLS = ['delivered:2', 'committed:3', 'delivered:5', 'committed:1'];
let server: MockServer;
let ws: Workspace;

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 404 });
  ws = await createWorkspace('credit-bridge-crash-e2e-');
  await ws.writePenaltyCsv(
    'penalties.csv',
    records.map((record) => toWireRecord('penalty', record)),
  );
});
afterAll(async () => {
  await server.close();
  await ws.dispose();
});

describe('credit-bridge sync run, killed and resumed', () => {
  it('ends with exactly the expected platform state, nothing lost and nothing twice', {
    timeout: 120_000,
  }, async () => {
    const file = await ws.writeConfig('sync.yaml', {
      platforms: {
        credit: {
          baseUrl: server.creditUrl,
          appKey: DEMO_APP_KEY,
          appSecret: { env: 'CB_SECRET' },
          maxRecords: 50,
          concurrency: 2,
        },
      },
      state: 'state.sqlite',
      streams: [
        {
          name: 'penalties',
          recordType: 'penalty',
          source: { kind: 'csv', path: 'penalties.csv' },
          sinks: [{ platform: 'credit' }],
        },
      ],
    });
    const env = { CB_SECRET: DEMO_APP_SECRET };
    let killed = 0;
    for (const point of KILLS) {
      const run = await runCliProcess(['sync', 'run', '--config', file, '--quiet'], {
        cwd: ws.dir,
        env: { ...env, [CRASH_HOOK_VARIABLE]: point },
      });
      if (run.signal === 'SIGKILL') killed += 1;
      else expect(run.code, `${point}: ${run.stderr}`).toBe(0);
    }
    expect(killed).toBeGreaterThanOrEqual(3);
    const last = await runCliProcess(['sync', 'run', '--config', file, '--json'], { cwd: ws.dir, env });
    expect(last.code, last.stderr).toBe(0);

    const state = (await (await fetch(`${server.url}/__admin/state?include=records`)).json()) as {
      records: { penalty: Record<string, string>[] };
    };
    const held = state.records.penalty;
    expect(held).toHaveLength(records.length);
    const expected = new Map(records.map((record) => [record.recordId, toWireRecord('penalty', record)]));
    for (const row of held) expect(row).toEqual(expected.get(row.RECORD_ID ?? ''));

    const store = await createSqliteStateStore({ path: join(ws.dir, 'state.sqlite') });
    try {
      expect(await store.countDeliveries({ status: 'accepted' })).toBe(records.length);
      expect(await store.countDeliveries({ status: 'sent' })).toBe(0);
      expect(await store.listDeadLetters()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
