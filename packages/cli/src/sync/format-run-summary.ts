import type { RunReport } from '@credit-bridge/sync';
import { formatTable } from '../output/format-table.js';
import { formatCount, formatDuration } from '../progress/stream-progress.js';

/**
 * A run report as text: one row per stream and sink (read, invalid, sent, accepted, already held,
 * rejected, unchanged, deferred), rejects by rule, and a closing line that says plainly what happened —
 * including "nothing to send" when the ledger shows every record already delivered.
 *
 * @example
 * io.stdout.write(formatRunSummary(report));
 */
export function formatRunSummary(report: RunReport): string {
  const rows = report.streams.flatMap((stream) =>
    stream.sinks.map((sink, index) => [
      index === 0 ? stream.stream : '',
      sink.sink,
      index === 0 ? formatCount(stream.read) : '',
      index === 0 ? formatCount(stream.invalid) : '',
      formatCount(sink.sent),
      formatCount(sink.accepted),
      formatCount(sink.duplicate),
      formatCount(sink.rejected),
      formatCount(sink.unchanged),
      formatCount(sink.deferred),
    ]),
  );
  const header = [
    'stream',
    'sink',
    'read',
    'invalid',
    'sent',
    'accepted',
    'held',
    'rejected',
    'unchanged',
    'deferred',
  ];
  const rules = Object.entries(report.rejectsByRule)
    .sort(([, a], [, b]) => b - a)
    .map(([rule, count]) => `${rule} ×${count}`);
  const lines = [formatTable([header, ...rows], '  ')];
  if (rules.length > 0) lines.push(`  rejected by rule: ${rules.join(', ')}\n`);
  lines.push(`${verdict(report)}\n`);
  return lines.join('');
}

/**
 * The one-line verdict of a run.
 *
 * @example
 * verdict(report); // 'run 20260331T010000-ab12cd34 succeeded in 0:04: 1,196 accepted, 4 rejected'
 */
export function verdict(report: RunReport): string {
  const { totals } = report;
  const took = `${report.runId} ${report.status} in ${formatDuration(report.durationMs / 1000)}`;
  if (totals.sent === 0 && totals.deferred === 0 && report.status === 'succeeded') {
    const known = report.streams.reduce(
      (sum, stream) => sum + Math.max(0, ...stream.sinks.map((sink) => sink.unchanged + sink.stale)),
      0,
    );
    const reasons = [
      ...(totals.resumed > 0
        ? [`${formatCount(totals.resumed)} rows were settled by earlier runs (checkpoints)`]
        : []),
      ...(known > 0 ? [`${formatCount(known)} records are in the ledger as delivered already`] : []),
    ];
    const rejected = totals.rejected > 0 ? `; ${formatCount(totals.rejected)} rows rejected` : '';
    return `run ${took}: nothing to send — ${reasons.length === 0 ? 'no rows' : reasons.join(', ')}${rejected}`;
  }
  const parts = [
    `${formatCount(totals.accepted)} accepted`,
    ...(totals.duplicate > 0 ? [`${formatCount(totals.duplicate)} already held by the platform`] : []),
    `${formatCount(totals.rejected)} rejected`,
    ...(totals.unchanged > 0 ? [`${formatCount(totals.unchanged)} unchanged`] : []),
    ...(totals.deferred > 0 ? [`${formatCount(totals.deferred)} left for the next run`] : []),
  ];
  return `run ${took}: ${parts.join(', ')}`;
}
