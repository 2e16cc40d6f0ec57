import { toShanghaiTimestamp } from '@credit-bridge/core';
import { padDisplay } from '../output/display-width.js';
import { etaSeconds, formatCount, formatDuration, type StreamProgress } from './stream-progress.js';

const BAR_WIDTH = 20;

/**
 * One stream's progress as a terminal line: a bar (when the row count is estimated), read, valid,
 * sent, accepted, rejected, rate and ETA.
 *
 * @example
 * formatProgressBar(progress, { total: 5000, nameWidth: 16 });
 * // '处罚.csv          [██████░░░░░░░░░░░░░░]  31%  read 1,550  valid 1,548  sent 1,500  accepted 1,500  rejected 2  1,210/s  ETA 0:03'
 */
export function formatProgressBar(
  progress: StreamProgress,
  options: { readonly total?: number | undefined; readonly nameWidth: number },
): string {
  const name = padDisplay(progress.stream, options.nameWidth);
  const total = progress.phase === 'done' ? progress.read : options.total;
  let bar = '';
  if (total !== undefined && total > 0) {
    const ratio = Math.min(1, progress.read / total);
    const filled = Math.round(ratio * BAR_WIDTH);
    bar = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}%  `;
  }
  const eta = etaSeconds(progress, options.total);
  const tail =
    progress.phase === 'done'
      ? `done in ${formatDuration(progress.elapsedMs / 1000)}`
      : eta === undefined
        ? ''
        : `ETA ${formatDuration(eta)}`;
  return `${name}  ${bar}${counts(progress)}  ${formatCount(progress.ratePerSecond)}/s  ${tail}`.trimEnd();
}

/**
 * One stream's progress as a plain log line (no terminal codes), for schedulers and log files.
 *
 * @example
 * formatProgressLog(progress, new Date());
 * // '2026-03-31T09:00:05.000+08:00 处罚.csv: read 1,550, valid 1,548, sent 1,500, accepted 1,500, rejected 2, 1,210 rows/s'
 */
export function formatProgressLog(progress: StreamProgress, at: Date, total?: number): string {
  const eta = etaSeconds(progress, total);
  const state =
    progress.phase === 'done'
      ? `, done in ${formatDuration(progress.elapsedMs / 1000)}`
      : eta === undefined
        ? ''
        : `, ETA ${formatDuration(eta)}`;
  return `${toShanghaiTimestamp(at.getTime())} ${progress.stream}: ${counts(progress).replaceAll('  ', ', ')}, ${formatCount(progress.ratePerSecond)} rows/s${state}`;
}

function counts(progress: StreamProgress): string {
  return [
    `read ${formatCount(progress.read)}`,
    `valid ${formatCount(progress.valid)}`,
    `sent ${formatCount(progress.sent)}`,
    `accepted ${formatCount(progress.accepted)}${(progress.sinks?.length ?? 1) > 1 ? ` over ${progress.sinks?.length} sinks` : ''}`,
    `rejected ${formatCount(progress.rejected)}`,
  ].join('  ');
}
