import { describe, expect, it } from 'vitest';
import { createBufferStream } from '../../src/index.js';
import { createProgressReporter } from '../../src/progress/create-progress-reporter.js';
import { formatProgressBar, formatProgressLog } from '../../src/progress/format-progress.js';
import { etaSeconds, formatDuration, type StreamProgress } from '../../src/progress/stream-progress.js';

const running: StreamProgress = {
  stream: '处罚.csv',
  phase: 'running',
  elapsedMs: 1_000,
  read: 1_550,
  valid: 1_548,
  rejected: 2,
  sent: 1_500,
  accepted: 1_500,
  ratePerSecond: 1_210,
};

describe('progress formatting', () => {
  it('draws a bar with counts, rate and ETA, and says when a stream is done', () => {
    expect(formatProgressBar(running, { total: 5_000, nameWidth: 12 })).toBe(
      '处罚.csv      [██████░░░░░░░░░░░░░░]  31%  read 1,550  valid 1,548  sent 1,500  accepted 1,500  rejected 2  1,210/s  ETA 0:03',
    );
    expect(formatProgressBar({ ...running, phase: 'done', elapsedMs: 75_000 }, { nameWidth: 8 })).toMatch(
      /\[█{20}\] 100%.*done in 1:15$/,
    );
    expect(formatProgressBar({ ...running, sinks: [{}, {}] }, { nameWidth: 8 })).toContain(
      'accepted 1,500 over 2 sinks',
    );
  });

  it('writes plain log lines with a Shanghai timestamp and no terminal codes', () => {
    const line = formatProgressLog(running, new Date('2026-03-31T01:00:05Z'), 5_000);
    expect(line).toBe(
      '2026-03-31T09:00:05.000+08:00 处罚.csv: read 1,550, valid 1,548, sent 1,500, accepted 1,500, rejected 2, 1,210 rows/s, ETA 0:03',
    );
  });

  it('computes an ETA only when the rate and the row estimate are known', () => {
    expect(etaSeconds(running, 5_000)).toBe(3);
    expect(etaSeconds(running, undefined)).toBeUndefined();
    expect(etaSeconds({ ...running, ratePerSecond: 0 }, 5_000)).toBeUndefined();
    expect(formatDuration(3_725)).toBe('1:02:05');
  });
});

describe('createProgressReporter', () => {
  it('redraws bars in place on a terminal', () => {
    const output = createBufferStream({ isTTY: true, columns: 200 });
    let now = 0;
    const reporter = createProgressReporter({
      output,
      now: () => new Date(now),
      totals: new Map([['a', 10]]),
    });
    reporter.update({ ...running, stream: 'a', read: 5 });
    now += 500;
    reporter.update({ ...running, stream: 'b', read: 5 });
    reporter.finish();
    const text = output.text();
    expect(text.startsWith('\u001b[2Ka  [██████████░░░░░░░░░░]  50%')).toBe(true);
    expect(text).toContain('\u001b[1F\u001b[2Ka ');
    expect(text).toContain('\u001b[2F\u001b[2Ka ');
  });

  it('logs at most one line per stream per interval off a terminal, and every finished stream', () => {
    const output = createBufferStream({ isTTY: false });
    let now = 0;
    const reporter = createProgressReporter({ output, now: () => new Date(now), logIntervalMs: 5_000 });
    reporter.update(running);
    now += 1_000;
    reporter.update(running);
    now += 5_000;
    reporter.update(running);
    reporter.update({ ...running, phase: 'done' });
    reporter.finish();
    const lines = output.text().trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/done in 0:01$/);
    expect(output.text()).not.toContain('\u001b');
  });
});
