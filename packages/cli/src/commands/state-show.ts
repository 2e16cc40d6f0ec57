import { RECORD_TYPES } from '@credit-bridge/core';
import type { Checkpoint, RunRecord, StateStore } from '@credit-bridge/sync';
import { CONFIG_OPTION, defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { usageError } from '../cli/usage-error.js';
import { loadConfig } from '../config/load-config.js';
import { formatTable } from '../output/format-table.js';
import { writeJson } from '../output/write-json.js';
import { formatCount } from '../progress/stream-progress.js';
import { stringValue } from './credit-connection.js';
import { openState } from './open-state.js';

/** What `state show` reports. */
export interface StateSummary {
  readonly path: string;
  readonly checkpoints: readonly Checkpoint[];
  /** Ledger entries by record type and status. */
  readonly deliveries: Readonly<Record<string, { sent: number; accepted: number; rejected: number }>>;
  readonly openDeadLetters: number;
  readonly runs: readonly RunRecord[];
}

/** `credit-bridge state show`: where every stream stands, the ledger and recent runs. */
export const stateShowCommand = defineCommand({
  path: ['state', 'show'],
  summary: 'show checkpoints, the delivery ledger, open dead letters and recent runs',
  description: `Reads the config's SQLite state file: each stream's checkpoint per sink (how far the source
is settled), the delivery ledger by record type and status, unresolved dead letters, and the latest runs.`,
  options: {
    config: CONFIG_OPTION,
    runs: { type: 'string', value: '<n>', description: 'recent runs to list (default 5)' },
    json: JSON_OPTION,
  },
  examples: [
    'credit-bridge state show --config sync.yaml            # a summary',
    'credit-bridge state show --config sync.yaml --json     # as JSON, for monitoring',
  ],
  async run(input) {
    const runsText = stringValue(input, 'runs') ?? '5';
    const runs = Number(runsText);
    if (!Number.isSafeInteger(runs) || runs < 0)
      throw usageError(`state show: --runs: bad value "${runsText}"`);
    const config = await loadConfig({ path: stringValue(input, 'config'), cwd: input.io.cwd });
    const store = await openState(config.statePath, { mustExist: true });
    let summary: StateSummary;
    try {
      summary = await summarizeState(store, config.statePath, runs);
    } finally {
      await store.close();
    }
    if (input.values.json === true) writeJson(input.io.stdout, { ok: true, ...summary });
    else input.io.stdout.write(formatStateSummary(summary));
    return EXIT_CODES.ok;
  },
});

/**
 * Reads a summary of a state store: checkpoints, ledger counts, unresolved dead letters, recent runs.
 *
 * @example
 * const summary = await summarizeState(store, 'state.sqlite', 5);
 */
export async function summarizeState(store: StateStore, path: string, runs: number): Promise<StateSummary> {
  const deliveries: Record<string, { sent: number; accepted: number; rejected: number }> = {};
  for (const recordType of RECORD_TYPES) {
    const [sent, accepted, rejected] = await Promise.all(
      (['sent', 'accepted', 'rejected'] as const).map((status) =>
        store.countDeliveries({ recordType, status }),
      ),
    );
    if ((sent ?? 0) + (accepted ?? 0) + (rejected ?? 0) > 0)
      deliveries[recordType] = { sent: sent ?? 0, accepted: accepted ?? 0, rejected: rejected ?? 0 };
  }
  let openDeadLetters = 0;
  let afterId: number | undefined;
  for (;;) {
    const page = await store.listDeadLetters({ limit: 1000, ...(afterId === undefined ? {} : { afterId }) });
    openDeadLetters += page.length;
    if (page.length < 1000) break;
    afterId = page.at(-1)?.id;
  }
  return {
    path,
    checkpoints: await store.listCheckpoints(),
    deliveries,
    openDeadLetters,
    runs: runs === 0 ? [] : await store.listRuns({ limit: runs }),
  };
}

/**
 * A state summary as text.
 *
 * @example
 * io.stdout.write(formatStateSummary(summary));
 */
export function formatStateSummary(summary: StateSummary): string {
  const checkpoints = summary.checkpoints.map((checkpoint) => [
    checkpoint.stream,
    String(checkpoint.position),
    checkpoint.updatedAt,
  ]);
  const ledger = Object.entries(summary.deliveries).map(([type, counts]) => [
    type,
    formatCount(counts.accepted),
    formatCount(counts.rejected),
    formatCount(counts.sent),
  ]);
  const runs = summary.runs.map((run) => [
    run.runId,
    run.status,
    run.startedAt,
    formatCount(run.counts.read ?? 0),
    formatCount(run.counts.accepted ?? 0),
    formatCount(run.counts.rejected ?? 0),
  ]);
  return [
    `state: ${summary.path}`,
    '',
    checkpoints.length === 0
      ? 'checkpoints: none'
      : `checkpoints:\n${formatTable([['stream→sink', 'position', 'moved at'], ...checkpoints], '  ').trimEnd()}`,
    ledger.length === 0
      ? 'ledger: empty'
      : `ledger (deliveries):\n${formatTable([['type', 'accepted', 'rejected', 'in doubt'], ...ledger], '  ').trimEnd()}`,
    `dead letters not yet resolved: ${formatCount(summary.openDeadLetters)}`,
    runs.length === 0
      ? 'runs: none'
      : `recent runs:\n${formatTable([['run', 'status', 'started', 'read', 'accepted', 'rejected'], ...runs], '  ').trimEnd()}`,
  ]
    .join('\n')
    .concat('\n');
}
