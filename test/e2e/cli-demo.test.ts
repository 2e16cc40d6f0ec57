import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../packages/cli/test/support/cli-process.js';
import { createWorkspace, type Workspace } from '../../packages/cli/test/support/workspace.js';

// The README's main job, as CI runs it: `credit-bridge demo` twice in one directory. The first run
// sends; the second finds the state and sends nothing, and says so.
let ws: Workspace;
beforeAll(async () => {
  ws = await createWorkspace('credit-bridge-demo-e2e-');
});
afterAll(async () => {
  await ws.dispose();
});

describe('credit-bridge demo', () => {
  it('sends on the first run and nothing on the second, leaving state, report and dead letters', {
    timeout: 120_000,
  }, async () => {
    const first = await runCliProcess(['demo', '--json'], { cwd: ws.dir, timeoutMs: 100_000 });
    expect(first.code, first.stderr).toBe(0);
    const outcome = JSON.parse(first.stdout) as {
      ok: boolean;
      repeat: boolean;
      sync: { status: string; totals: { sent: number; accepted: number; rejected: number } };
      checks: { status: string; expected: string }[];
      report: { verified: boolean };
      surprises: string[];
    };
    expect(outcome).toMatchObject({ ok: true, repeat: false, surprises: [], report: { verified: true } });
    // 1,224 valid records, each to the credit platform and the exchange platform.
    expect(outcome.sync.totals).toMatchObject({ sent: 2_448, accepted: 2_448, rejected: 5 });
    expect(outcome.checks.map((check) => check.status)).toEqual(
      outcome.checks.map((check) => check.expected),
    );
    const dir = join(ws.dir, 'credit-bridge-demo');
    for (const name of [
      'credit-bridge-state.sqlite',
      'run-report.json',
      'dead-letters.jsonl',
      'credit-bridge.config.yaml',
    ])
      await expect(access(join(dir, name))).resolves.toBeUndefined();

    const second = await runCliProcess(['demo'], { cwd: ws.dir, timeoutMs: 100_000 });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/nothing to send — 1,229 rows were settled by earlier runs/);
    expect(second.stdout).toContain(
      'the ledger holds 2,448 deliveries accepted by earlier runs: nothing is sent twice',
    );
    expect(second.stdout).toContain('This was a repeat run: nothing was sent.');
    expect(second.stdout).not.toContain('\u001b[');
  });
});
