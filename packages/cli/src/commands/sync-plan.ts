import { access } from 'node:fs/promises';
import { createMemoryStateStore, planSync, type SyncPlan } from '@credit-bridge/sync';
import { CONFIG_OPTION, defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { loadConfig } from '../config/load-config.js';
import { toSyncConfig } from '../config/to-sync-config.js';
import { formatTable } from '../output/format-table.js';
import { writeJson } from '../output/write-json.js';
import { formatCount } from '../progress/stream-progress.js';
import { stringValue } from './credit-connection.js';
import { openState } from './open-state.js';

/** `credit-bridge sync plan`: a dry run. */
export const syncPlanCommand = defineCommand({
  path: ['sync', 'plan'],
  summary: 'dry run: what a sync would send, skip as unchanged, and reject — nothing is sent',
  description: `Reads, maps and validates every stream exactly as sync run would and judges each valid record
against the delivery ledger, per sink. No platform is contacted and the state file is not written, so no
secret is needed. Exit 0 when nothing would be rejected, 2 when some rows would be, 1 when a source
cannot be read.`,
  options: {
    config: CONFIG_OPTION,
    stream: {
      type: 'string',
      multiple: true,
      value: '<name>',
      description: 'plan only this stream (repeatable)',
    },
    json: JSON_OPTION,
  },
  examples: [
    'credit-bridge sync plan --config sync.yaml          # before the first run, or after a change',
    'credit-bridge sync plan --config sync.yaml --json   # as JSON',
  ],
  async run(input) {
    const config = await loadConfig({ path: stringValue(input, 'config'), cwd: input.io.cwd });
    const only = Array.isArray(input.values.stream) ? input.values.stream : [];
    const syncConfig = toSyncConfig(config, only);
    // A plan writes nothing: before the first run it judges against an empty ledger in memory.
    const store = (await exists(config.statePath))
      ? await openState(config.statePath)
      : createMemoryStateStore();
    let plan: SyncPlan;
    try {
      plan = await planSync(syncConfig, { store, clock: () => input.io.now().getTime() });
    } finally {
      await store.close();
    }
    if (input.values.json === true) writeJson(input.io.stdout, { ok: true, plan });
    else input.io.stdout.write(formatPlan(plan));
    if (plan.streams.some((stream) => stream.error !== undefined)) return EXIT_CODES.failed;
    const rejected = plan.streams.reduce(
      (sum, stream) => sum + stream.invalid + Math.max(0, ...stream.sinks.map((sink) => sink.conflicts)),
      0,
    );
    return rejected > 0 ? EXIT_CODES.rejects : EXIT_CODES.ok;
  },
});

/**
 * A plan as text: per stream and sink, rows read, rejected, would send, unchanged, stale, conflicts.
 *
 * @example
 * io.stdout.write(formatPlan(plan));
 */
export function formatPlan(plan: SyncPlan): string {
  const rows = plan.streams.flatMap((stream) =>
    stream.sinks.map((sink, index) => [
      index === 0 ? stream.stream : '',
      sink.sink,
      index === 0 ? formatCount(stream.read) : '',
      index === 0 ? formatCount(stream.resumed) : '',
      index === 0 ? formatCount(stream.invalid) : '',
      formatCount(sink.wouldSend),
      formatCount(sink.unchanged),
      formatCount(sink.stale),
      formatCount(sink.conflicts),
    ]),
  );
  const rules = plan.streams.flatMap((stream) =>
    Object.entries(stream.rejectsByRule).map(([rule, count]) => `${stream.stream}: ${rule} ×${count}`),
  );
  const send = plan.streams.reduce(
    (sum, stream) => sum + Math.max(0, ...stream.sinks.map((sink) => sink.wouldSend)),
    0,
  );
  const errors = plan.streams.flatMap((stream) =>
    stream.error === undefined ? [] : [`${stream.stream}: ${stream.error.code}: ${stream.error.message}`],
  );
  return [
    `plan for ${plan.today} (nothing sent):\n`,
    formatTable(
      [
        ['stream', 'sink', 'read', 'done before', 'invalid', 'would send', 'unchanged', 'stale', 'conflicts'],
        ...rows,
      ],
      '  ',
    ),
    ...(rules.length === 0 ? [] : [`  would reject: ${rules.join(', ')}\n`]),
    ...errors.map((line) => `  ${line}\n`),
    send === 0 ? 'nothing to send\n' : `${formatCount(send)} records would be sent\n`,
  ].join('');
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
