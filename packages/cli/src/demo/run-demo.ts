import { mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { todayInShanghai } from '@credit-bridge/core';
import { SYNTHETIC_TODAY } from '@credit-bridge/core/testing';
import type { PlatformCreditReport, ReportVerification } from '@credit-bridge/credit-platform';
import { DEMO_APP_KEY, DEMO_APP_SECRET, type MockServer, startMockServer } from '@credit-bridge/mock';
import type { MirrorRefreshResult, RunReport } from '@credit-bridge/sync';
import type { CliIo } from '../cli/cli-io.js';
import { type CheckResult, checkEach } from '../commands/check.js';
import { openState } from '../commands/open-state.js';
import { runConfiguredSync } from '../commands/sync-run.js';
import { loadConfig } from '../config/load-config.js';
import { resolvePlatform } from '../config/resolve-platform.js';
import { openCreditPlatform } from '../platforms/open-credit-platform.js';
import { openMirror } from '../platforms/open-mirror.js';
import { buildDemoDataset, type DemoDataset } from './build-demo-dataset.js';
import { preloadPlatform } from './preload-platform.js';
import { DEMO_SECRET_VARIABLE, demoConfig, writeDemoConfig } from './write-demo-config.js';
import { type DemoExportFiles, writeDemoExports } from './write-demo-exports.js';

/** What a demo run did, step by step; `surprises` lists every outcome that differed from the plan. */
export interface DemoOutcome {
  readonly dir: string;
  /** True when an earlier run's state was found: nothing should be sent. */
  readonly repeat: boolean;
  readonly mock: { readonly url: string; readonly preloaded: number };
  readonly dataset: DemoDataset;
  readonly files: DemoExportFiles & {
    readonly config: string;
    readonly state: string;
    readonly report: string;
  };
  readonly sync: RunReport;
  /** Accepted deliveries in the ledger after the run. */
  readonly ledgerAccepted: number;
  readonly mirror: MirrorRefreshResult;
  readonly checks: readonly (CheckResult & { readonly expected: string })[];
  readonly report: { readonly report: PlatformCreditReport; readonly verification: ReportVerification };
  readonly surprises: readonly string[];
}

/** Each step's start, so the command can print as the demo goes. */
export type DemoStep =
  | { readonly step: 'mock'; readonly url: string; readonly repeat: boolean; readonly preloaded: number }
  | { readonly step: 'exports'; readonly files: DemoExportFiles; readonly dataset: DemoDataset }
  | { readonly step: 'sync'; readonly config: string }
  | { readonly step: 'synced'; readonly report: RunReport; readonly ledgerAccepted: number }
  | {
      readonly step: 'mirror';
      readonly refresh: MirrorRefreshResult;
      readonly checks: readonly CheckResult[];
      readonly notes: readonly string[];
    }
  | {
      readonly step: 'report';
      readonly report: PlatformCreditReport;
      readonly verification: ReportVerification;
    };

/**
 * The zero-configuration demo: starts the mock platforms in-process on a loopback port, writes
 * synthetic district exports into `dir` (kept from an earlier run), writes the config it runs with, syncs
 * with progress, pulls the blacklist mirror and checks subjects in-process, fetches and verifies a credit
 * report. The state, run report and dead letters stay in `dir`, so a second run sends nothing; the
 * fresh mock is then given what earlier runs delivered (see `preloadPlatform`).
 *
 * @example
 * const outcome = await runDemo({ dir: 'credit-bridge-demo', io, onStep: print });
 */
export async function runDemo(options: {
  readonly dir: string;
  readonly io: CliIo;
  readonly onStep?: (step: DemoStep) => void;
  readonly quiet?: boolean;
}): Promise<DemoOutcome> {
  const { io } = options;
  const emit = options.onStep ?? (() => {});
  const dir = resolve(io.cwd, options.dir);
  await mkdir(dir, { recursive: true });
  const today = [todayInShanghai(io.now().getTime()), SYNTHETIC_TODAY].sort()[0] ?? SYNTHETIC_TODAY;
  const dataset = buildDemoDataset({ today });
  const statePath = join(dir, 'credit-bridge-state.sqlite');
  const ledgerBefore = await acceptedInLedger(statePath, false);
  const repeat = ledgerBefore > 0;
  const server: MockServer = await startMockServer({
    port: 0,
    host: '127.0.0.1',
    seed: 7,
    reportDelayMs: 300,
  });
  try {
    const preloaded = repeat ? preloadPlatform(server, dataset) : 0;
    emit({ step: 'mock', url: server.url, repeat, preloaded });
    const files = await writeDemoExports(dir, dataset);
    emit({ step: 'exports', files, dataset });
    const configPath = await writeDemoConfig(
      dir,
      demoConfig({ creditUrl: server.creditUrl, exchangeUrl: server.exchangeUrl, appKey: DEMO_APP_KEY }),
    );
    const config = await loadConfig({ path: configPath, cwd: dir });
    const env = { ...io.env, [DEMO_SECRET_VARIABLE]: DEMO_APP_SECRET };
    emit({ step: 'sync', config: configPath });
    const { report: sync, reportPath } = await runConfiguredSync(
      config,
      { ...io, env },
      { only: [], quiet: options.quiet === true, progress: io.stdout },
    );
    const ledgerAccepted = await acceptedInLedger(config.statePath, true);
    emit({ step: 'synced', report: sync, ledgerAccepted });

    const client = openCreditPlatform(
      resolvePlatform('credit', { config: config.config.platforms?.credit, env }),
    );
    try {
      const opened = await openMirror({ statePath: config.statePath, client, policy: config.mirror });
      let mirror: MirrorRefreshResult;
      let checks: CheckResult[];
      try {
        mirror = await opened.mirror.refresh({ signal: io.signal });
        checks = await checkEach(
          opened.mirror,
          dataset.checks.map((check) => subjectKeyOf(check.subject)),
          io.signal,
        );
      } finally {
        await opened.close();
      }
      emit({ step: 'mirror', refresh: mirror, checks, notes: dataset.checks.map((check) => check.why) });
      const report = await client.reports.get(subjectKeyOf(dataset.reportSubject), {
        purpose: '行政审批',
        timeoutMs: 30_000,
        signal: io.signal,
      });
      const verification = await client.reports.verify(report.reportNo, report.verificationCode, {
        signal: io.signal,
      });
      emit({ step: 'report', report, verification });
      const expectedChecks = checks.map((check, index) => ({
        ...check,
        expected: dataset.checks[index]?.expect ?? '',
      }));
      return {
        dir,
        repeat,
        mock: { url: server.url, preloaded },
        dataset,
        files: { ...files, config: configPath, state: config.statePath, report: reportPath },
        sync,
        ledgerAccepted,
        mirror,
        checks: expectedChecks,
        report: { report, verification },
        surprises: surprisesOf({
          repeat,
          dataset,
          sync,
          checks: expectedChecks,
          verification,
          dir,
          deadLetters: config.deadLettersPath,
        }),
      };
    } finally {
      client.close();
    }
  } finally {
    await server.close();
  }
}

function subjectKeyOf(subject: { uscc?: string | undefined; idNumber?: string | undefined }) {
  return subject.uscc !== undefined ? { uscc: subject.uscc } : { idNumber: subject.idNumber ?? '' };
}

async function acceptedInLedger(path: string, create: boolean): Promise<number> {
  let store: Awaited<ReturnType<typeof openState>>;
  try {
    store = await openState(path, { mustExist: !create });
  } catch (error) {
    if (!create && (error as { code?: unknown }).code === 'E_STATE_MISSING') return 0;
    throw error;
  }
  try {
    return await store.countDeliveries({ status: 'accepted' });
  } finally {
    await store.close();
  }
}

function surprisesOf(input: {
  repeat: boolean;
  dataset: DemoDataset;
  sync: RunReport;
  checks: readonly (CheckResult & { expected: string })[];
  verification: ReportVerification;
  dir: string;
  deadLetters: string;
}): string[] {
  const surprises: string[] = [];
  const { totals } = input.sync;
  const planted = input.dataset.badRows.length;
  if (input.sync.status !== 'succeeded') surprises.push(`the sync ended ${input.sync.status}`);
  if (input.repeat && totals.sent > 0) surprises.push(`a repeat run sent ${totals.sent} records`);
  if (!input.repeat) {
    for (const stream of input.sync.streams) {
      for (const sink of stream.sinks) {
        if (sink.accepted + sink.duplicate !== stream.valid || sink.rejected > 0)
          surprises.push(
            `${stream.stream} → ${sink.sink}: ${sink.accepted} of ${stream.valid} valid records accepted`,
          );
      }
    }
    if (totals.invalid !== planted)
      surprises.push(
        `${totals.invalid} rows rejected, expected the ${planted} broken ones (${relative(input.dir, input.deadLetters)})`,
      );
  }
  for (const check of input.checks) {
    if (check.status !== check.expected)
      surprises.push(`check ${check.subject}: ${check.status}, expected ${check.expected.replace('_', ' ')}`);
  }
  if (!input.verification.valid) surprises.push('the platform did not verify the report');
  return surprises;
}
