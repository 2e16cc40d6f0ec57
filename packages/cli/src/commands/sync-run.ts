import { join } from 'node:path';
import type { RunReport } from '@credit-bridge/sync';
import { runSync, writeRunReport } from '@credit-bridge/sync';
import type { CliIo, OutputStream } from '../cli/cli-io.js';
import { CONFIG_OPTION, defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES, type ExitCode } from '../cli/exit-codes.js';
import { loadConfig, type ResolvedConfig } from '../config/load-config.js';
import { syncSecrets, toSyncConfig } from '../config/to-sync-config.js';
import { writeJson } from '../output/write-json.js';
import { createProgressReporter } from '../progress/create-progress-reporter.js';
import { estimateRows } from '../progress/estimate-rows.js';
import { crashHook } from '../sync/crash-hook.js';
import { formatRunSummary } from '../sync/format-run-summary.js';
import { stringValue } from './credit-connection.js';
import { openState } from './open-state.js';

/** `credit-bridge sync run`: the nightly job. */
export const syncRunCommand = defineCommand({
  path: ['sync', 'run'],
  summary: 'sync district exports to the platforms: resumable, idempotent, with a run report',
  description: `Reads every stream of the config (or those named), maps and validates each row, rejects bad
rows to the dead letters and goes on, skips what the ledger shows as delivered, and delivers the rest in
batches to each sink. Checkpoints move only past rows the platform accepted, so a run killed at any point
resumes where it stopped with nothing lost and nothing sent twice. Progress goes to stderr (bars on a
terminal, plain lines otherwise); the run report is written to <output>/run-report.json.
Exit 0 when everything was accepted, 2 when rows were rejected, 1 when records are left for the next run.`,
  options: {
    config: CONFIG_OPTION,
    stream: {
      type: 'string',
      multiple: true,
      value: '<name>',
      description: 'run only this stream (repeatable)',
    },
    quiet: { type: 'boolean', short: 'q', description: 'no progress output' },
    json: JSON_OPTION,
  },
  examples: [
    'credit-bridge sync run --config sync.yaml                    # every stream',
    'credit-bridge sync run --config sync.yaml --stream penalties --json   # one stream, report as JSON',
  ],
  async run(input) {
    const config = await loadConfig({ path: stringValue(input, 'config'), cwd: input.io.cwd });
    const only = Array.isArray(input.values.stream) ? input.values.stream : [];
    const { report, reportPath } = await runConfiguredSync(config, input.io, {
      only,
      quiet: input.values.quiet === true,
    });
    if (input.values.json === true) writeJson(input.io.stdout, { ok: true, reportPath, report });
    else input.io.stdout.write(`${formatRunSummary(report)}  report: ${reportPath}\n`);
    return exitCodeOf(report);
  },
});

/**
 * Runs the sync a config describes with the CLI's wiring: the state file, secrets from the environment,
 * progress on stderr, the test crash hook, and the run report written to the output directory.
 *
 * @example
 * const { report } = await runConfiguredSync(config, io, { only: [], quiet: false });
 */
export async function runConfiguredSync(
  config: ResolvedConfig,
  io: CliIo,
  options: {
    readonly only: readonly string[];
    readonly quiet: boolean;
    /** Where progress goes; default stderr, so stdout carries only the result. */
    readonly progress?: OutputStream;
  },
): Promise<{ report: RunReport; reportPath: string }> {
  const syncConfig = toSyncConfig(config, options.only);
  const secrets = syncSecrets(config, io.env);
  const totals = new Map<string, number>();
  for (const stream of syncConfig.streams) {
    if (stream.source.kind === 'custom') continue;
    const rows = await estimateRows(stream.source.path, stream.source.kind);
    if (rows !== undefined) totals.set(stream.name, rows);
  }
  const output = options.progress ?? io.stderr;
  const reporter = options.quiet ? undefined : createProgressReporter({ output, now: io.now, totals });
  const progressIntervalMs = syncConfig.delivery?.progressIntervalMs ?? (output.isTTY ? 200 : 1_000);
  const onBatch = crashHook(io.env, () => process.kill(process.pid, 'SIGKILL'));
  const store = await openState(config.statePath);
  let report: RunReport;
  try {
    report = await runSync(
      { ...syncConfig, delivery: { ...syncConfig.delivery, progressIntervalMs } },
      {
        store,
        secrets,
        signal: io.signal,
        clock: () => io.now().getTime(),
        ...(reporter === undefined ? {} : { onProgress: reporter.update }),
        ...(onBatch === undefined ? {} : { onBatch }),
      },
    );
  } finally {
    reporter?.finish();
    await store.close();
  }
  const reportPath = join(config.outputDir, 'run-report.json');
  await writeRunReport(report, reportPath);
  return { report, reportPath };
}

/**
 * The exit code of a run: 1 when it failed or left records for the next run, 2 when it finished with
 * rejected rows, 0 when everything was accepted.
 *
 * @example
 * exitCodeOf(report); // 0, 1 or 2
 */
export function exitCodeOf(report: RunReport): ExitCode {
  if (report.status !== 'succeeded' || report.totals.deferred > 0) return EXIT_CODES.failed;
  return report.totals.rejected > 0 ? EXIT_CODES.rejects : EXIT_CODES.ok;
}
