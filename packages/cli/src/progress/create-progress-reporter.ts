import type { OutputStream } from '../cli/cli-io.js';
import { displayWidth } from '../output/display-width.js';
import { formatProgressBar, formatProgressLog } from './format-progress.js';
import type { StreamProgress } from './stream-progress.js';

const ESC = String.fromCharCode(27);

/** Options of {@link createProgressReporter}. */
export interface ProgressReporterOptions {
  readonly output: OutputStream;
  readonly now: () => Date;
  /** Estimated rows per stream, for the bar and the ETA. */
  readonly totals?: ReadonlyMap<string, number>;
  /** Least time between redraws on a terminal; default 100 ms. */
  readonly redrawIntervalMs?: number;
  /** Least time between two log lines of a stream when not on a terminal; default 5,000 ms. */
  readonly logIntervalMs?: number;
}

/** Receives progress events and shows them; `finish` draws the last state. */
export interface ProgressReporter {
  update(progress: StreamProgress): void;
  finish(): void;
}

/**
 * Shows sync progress: on a terminal, one bar per stream redrawn in place (read, valid, sent,
 * accepted, rejected, rate, ETA); otherwise plain log lines without terminal codes, one per stream
 * at most every `logIntervalMs` and one when it is done.
 *
 * @example
 * const reporter = createProgressReporter({ output: io.stderr, now: io.now });
 * await runSync(config, { store, onProgress: reporter.update });
 * reporter.finish();
 */
export function createProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const latest = new Map<string, StreamProgress>();
  const lastLog = new Map<string, number>();
  const redrawInterval = options.redrawIntervalMs ?? 100;
  const logInterval = options.logIntervalMs ?? 5_000;
  let drawnLines = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;

  const draw = (): void => {
    const nameWidth = Math.max(...[...latest.keys()].map(displayWidth));
    const width = Math.max(20, (options.output.columns ?? 80) - 1);
    const lines = [...latest.values()].map((progress) =>
      truncate(
        formatProgressBar(progress, { total: options.totals?.get(progress.stream), nameWidth }),
        width,
      ),
    );
    // Back to the first bar's line, then each line cleared and rewritten.
    const up = drawnLines > 0 ? `${ESC}[${drawnLines}F` : '';
    options.output.write(`${up}${lines.map((line) => `${ESC}[2K${line}\n`).join('')}`);
    drawnLines = lines.length;
    lastDraw = options.now().getTime();
  };

  return {
    update(progress) {
      latest.set(progress.stream, progress);
      const now = options.now();
      if (options.output.isTTY) {
        if (progress.phase === 'done' || now.getTime() - lastDraw >= redrawInterval) draw();
        return;
      }
      const last = lastLog.get(progress.stream) ?? Number.NEGATIVE_INFINITY;
      if (progress.phase === 'done' || now.getTime() - last >= logInterval) {
        lastLog.set(progress.stream, now.getTime());
        options.output.write(`${formatProgressLog(progress, now, options.totals?.get(progress.stream))}\n`);
      }
    },
    finish() {
      if (options.output.isTTY && latest.size > 0) draw();
    },
  };
}

function truncate(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  let out = '';
  for (const char of line) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}
