import { toWireRecord } from '@credit-bridge/core';
import { SYNTHETIC_TODAY } from '@credit-bridge/core/testing';
import { DEMO_APP_KEY, DEMO_APP_SECRET, type MockServer, startMockServer } from '@credit-bridge/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoDataset } from '../../packages/cli/src/demo/build-demo-dataset.js';
import type { CreditBridgeConfig } from '../../packages/cli/src/index.js';
import { runCliProcess } from '../../packages/cli/test/support/cli-process.js';
import { createWorkspace, type Workspace } from '../../packages/cli/test/support/workspace.js';

// The CLI as a scheduler runs it: a child process against the standalone mock over loopback. Each
// test reads the exit code the --help text documents (0 accepted, 2 rejects, 1 failed).
const SECRET = { CB_E2E_SECRET: DEMO_APP_SECRET };
const dataset = buildDemoDataset({ today: SYNTHETIC_TODAY, sizes: { penalties: 400, blacklist: 24 } });
let server: MockServer;
let ws: Workspace;

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 11, reportDelayMs: 50 });
  ws = await createWorkspace('credit-bridge-cli-e2e-');
  await ws.writePenaltyCsv(
    'valid.csv',
    dataset.accepted.penalty.map((record) => toWireRecord('penalty', record)),
  );
  await ws.writePenaltyCsv('mixed.csv', dataset.penaltyRows);
});

afterAll(async () => {
  await server.close();
  await ws.dispose();
});

function config(csv: string, state: string, extra: Partial<CreditBridgeConfig> = {}): CreditBridgeConfig {
  return {
    platforms: {
      credit: {
        baseUrl: server.creditUrl,
        appKey: DEMO_APP_KEY,
        appSecret: { env: 'CB_E2E_SECRET' },
        maxRecords: 100,
      },
    },
    state,
    output: `${state}-out`,
    streams: [
      {
        name: 'penalties',
        recordType: 'penalty',
        source: { kind: 'csv', path: csv },
        sinks: [{ platform: 'credit' }],
      },
    ],
    ...extra,
  };
}

/** Companies among the synthetic penalties, whose USCC the commands take. */
const companies = dataset.accepted.penalty.filter((record) => 'uscc' in record.subject);
function usccOf(index: number): string {
  const subject = companies[index]?.subject;
  return subject !== undefined && 'uscc' in subject ? subject.uscc : '';
}

function parse(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe.concurrent('credit-bridge sync', { timeout: 90_000 }, () => {
  it('exits 0 when every row is accepted, and a second run sends nothing', async () => {
    const file = await ws.writeConfig('valid.yaml', config('valid.csv', 'valid.sqlite'));
    const first = await runCliProcess(['sync', 'run', '--config', file, '--json'], {
      cwd: ws.dir,
      env: SECRET,
    });
    expect(first.code, first.stderr).toBe(0);
    const report = parse(first.stdout).report as { status: string; totals: Record<string, number> };
    expect(report.status).toBe('succeeded');
    // Other tests deliver some of the same records to the shared mock at the same time: those are held.
    expect((report.totals.accepted ?? 0) + (report.totals.duplicate ?? 0)).toBe(
      dataset.accepted.penalty.length,
    );
    expect(report.totals.rejected).toBe(0);
    expect(first.stderr).toMatch(/penalties: read \d[\d,]*, valid/);
    expect(first.stderr).not.toContain('\u001b[');
    const again = await runCliProcess(['sync', 'run', '--config', file], { cwd: ws.dir, env: SECRET });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing to send/);
    for (const run of [first, again]) expect(run.stdout + run.stderr).not.toContain(DEMO_APP_SECRET);
  });

  it('exits 2 when rows were rejected, keeping them as masked dead letters, and lists them', async () => {
    const file = await ws.writeConfig('mixed.yaml', config('mixed.csv', 'mixed.sqlite'));
    const run = await runCliProcess(['sync', 'run', '--config', file], { cwd: ws.dir, env: SECRET });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toContain('rejected by rule:');
    const list = await runCliProcess(['rejects', 'list', '--config', file, '--json'], { cwd: ws.dir });
    expect(list.code).toBe(0);
    const letters = parse(list.stdout).deadLetters as { rowNumber: number; issues: { rule: string }[] }[];
    expect(letters.map((letter) => letter.rowNumber)).toEqual(
      dataset.badRows
        .filter((row) => row.file === 'penalties' && row.rowNumber <= 400)
        .map((row) => row.rowNumber),
    );
  });

  it('exits 1 when the platform cannot be reached, leaving the records for the next run', async () => {
    const down = config('valid.csv', 'down.sqlite', { delivery: { maxBatchAttempts: 1, retryDelayMs: 0 } });
    const file = await ws.writeConfig('down.yaml', {
      ...down,
      platforms: {
        credit: {
          baseUrl: 'http://127.0.0.1:9',
          appKey: DEMO_APP_KEY,
          appSecret: { env: 'CB_E2E_SECRET' },
          retry: { maxAttempts: 1 },
        },
      },
    });
    const run = await runCliProcess(['sync', 'run', '--config', file, '--json'], {
      cwd: ws.dir,
      env: SECRET,
    });
    expect(run.code).toBe(1);
    const report = parse(run.stdout).report as { totals: { deferred: number; accepted: number } };
    expect(report.totals.accepted).toBe(0);
    expect(report.totals.deferred).toBeGreaterThan(0);
  });

  it('points a config error at its path, and --json output still parses', async () => {
    const file = await ws.writeConfig(
      'typo.yaml',
      `platforms:
  credit: { baseUrl: 'http://127.0.0.1:9', appKey: demo-app }
streams:
  - name: penalties
    recordType: penalty
    source: { kind: csv, path: valid.csv }
    sinks: [{ platform: credit }]
  - name: more
    recordType: penalty
    source: { kind: csv, path: mixed.csv }
    sinks: [{ platform: credit }]
    mapping:
      columns:
        罚款金额: { field: fineFen, transform: { type: amout, unit: yuan } }
`,
    );
    const run = await runCliProcess(['sync', 'plan', '--config', file, '--json'], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'streams[1].mapping.columns.罚款金额: unknown transform "amout" (did you mean "amount"?) (line 14)',
    );
    expect(parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'E_CONFIG' } });
  });

  it('refuses a config that holds a secret, and never prints it', async () => {
    const file = await ws.writeConfig(
      'secret.yaml',
      `platforms:\n  credit:\n    baseUrl: http://127.0.0.1:9\n    appKey: demo-app\n    appSecret: hunter2-literal\nstreams: []\n`,
    );
    const run = await runCliProcess(['sync', 'run', '--config', file], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('E_CONFIG_SECRET');
    expect(run.stderr).toContain('platforms.credit.appSecret: a secret may not be written in a config file');
    expect(run.stdout + run.stderr).not.toContain('hunter2');
  });

  it('plans without a secret and without contacting any platform', async () => {
    const planned = config('mixed.csv', 'plan.sqlite');
    const file = await ws.writeConfig('plan.yaml', {
      ...planned,
      platforms: { credit: { baseUrl: 'http://127.0.0.1:9', appKey: DEMO_APP_KEY } },
    });
    const run = await runCliProcess(['sync', 'plan', '--config', file, '--json'], { cwd: ws.dir });
    expect(run.code, run.stderr).toBe(2);
    const plan = parse(run.stdout).plan as { streams: { invalid: number; sinks: { wouldSend: number }[] }[] };
    expect(plan.streams[0]?.invalid).toBe(3);
    expect(plan.streams[0]?.sinks[0]?.wouldSend).toBe(397);
  });
});

describe.concurrent('credit-bridge validate, check, mirror, report', { timeout: 90_000 }, () => {
  it('validate --json counts valid and rejected rows and lists each rejected row, masked', async () => {
    const run = await runCliProcess(['validate', 'mixed.csv', '--type', 'penalty', '--json'], {
      cwd: ws.dir,
    });
    expect(run.code).toBe(2);
    const result = parse(run.stdout) as {
      valid: number;
      rejected: number;
      rejects: { rowNumber: number; issues: { rule: string; value?: string }[] }[];
    };
    expect(result.valid + result.rejected).toBe(400);
    expect(result.rejects.map((reject) => reject.rowNumber)).toEqual([7, 302, 400]);
    expect(result.rejects[0]?.issues[0]?.rule).toBe('E_USCC_CHECKSUM');
    const ids = dataset.penaltyRows.flatMap((row) => (row.CF_FR_ZJHM === undefined ? [] : [row.CF_FR_ZJHM]));
    for (const id of ids) expect(run.stdout).not.toContain(id);
  });

  it('check exits 2 for a listed subject and 0 for a clear one; mirror pull and check --mirror agree', async () => {
    const file = await ws.writeConfig('check.yaml', config('valid.csv', 'check.sqlite'));
    server.credit.seed({ count: 6 });
    const state = (await (await fetch(`${server.url}/__admin/state?include=records`)).json()) as {
      records: { blacklist: Record<string, string>[] };
    };
    // A seeded entry still in publication (seeding also ends some by repairs).
    const listed = state.records.blacklist
      .map((row) => row.SXMD_TYSHXYDM)
      .find((uscc) => uscc !== undefined && server.credit.state.checkBlacklist({ uscc }).length > 0);
    expect(listed).toBeDefined();
    const clear = usccOf(0);
    const remote = await runCliProcess(['check', listed ?? '', clear, '--config', file, '--json'], {
      cwd: ws.dir,
      env: SECRET,
    });
    expect(remote.code, remote.stderr).toBe(2);
    const answers = parse(remote.stdout) as {
      results: { subject: string; status: string; answeredBy: string }[];
    };
    expect(answers.results.map((result) => [result.subject, result.status, result.answeredBy])).toEqual([
      [listed, 'listed', 'platform'],
      [clear, 'not_listed', 'platform'],
    ]);
    const pull = await runCliProcess(['mirror', 'pull', '--config', file, '--json'], {
      cwd: ws.dir,
      env: SECRET,
    });
    expect(pull.code, pull.stderr).toBe(0);
    expect((parse(pull.stdout) as { listedSubjects: number }).listedSubjects).toBeGreaterThan(0);
    const local = await runCliProcess(['check', clear, '--mirror', '--config', file, '--json'], {
      cwd: ws.dir,
      env: SECRET,
    });
    expect(local.code, local.stderr).toBe(0);
    expect(parse(local.stdout)).toMatchObject({
      results: [{ subject: clear, status: 'not_listed', answeredBy: 'mirror' }],
    });
  });

  it('report get fetches a report and has the platform verify it', async () => {
    const file = await ws.writeConfig('report.yaml', config('valid.csv', 'valid.sqlite'));
    const record = companies[5];
    if (record !== undefined) server.credit.state.submit('penalty', [toWireRecord('penalty', record)]);
    const subject = usccOf(5);
    const run = await runCliProcess(['report', 'get', subject, '--config', file, '--json'], {
      cwd: ws.dir,
      env: SECRET,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(parse(run.stdout)).toMatchObject({
      ok: true,
      verification: { valid: true },
      report: { subject: { uscc: subject } },
    });
  });
});
