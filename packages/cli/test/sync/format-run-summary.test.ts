import type { RunReport, SinkReport, StreamReport } from '@credit-bridge/sync';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/commands/sync-run.js';
import { formatRunSummary, verdict } from '../../src/sync/format-run-summary.js';

function sink(name: string, counts: Partial<SinkReport>): SinkReport {
  return {
    sink: name,
    platform: name.startsWith('exchange') ? 'exchange' : 'credit',
    sent: 0,
    accepted: 0,
    duplicate: 0,
    rejected: 0,
    conflicts: 0,
    unchanged: 0,
    stale: 0,
    deferred: 0,
    batches: 0,
    batchRetries: 0,
    requestRetries: 0,
    ...counts,
  };
}

function report(streams: StreamReport[], status: RunReport['status'] = 'succeeded'): RunReport {
  const sum = (pick: (s: SinkReport) => number) =>
    streams.flatMap((s) => s.sinks).reduce((n, s) => n + pick(s), 0);
  const invalid = streams.reduce((n, s) => n + s.invalid, 0);
  return {
    runId: 'r1',
    status,
    startedAt: '2026-03-31T09:00:00+08:00',
    finishedAt: '2026-03-31T09:00:04+08:00',
    durationMs: 4_000,
    totals: {
      read: streams.reduce((n, s) => n + s.read, 0),
      resumed: streams.reduce((n, s) => n + s.resumed, 0),
      valid: streams.reduce((n, s) => n + s.valid, 0),
      invalid,
      sent: sum((s) => s.sent),
      accepted: sum((s) => s.accepted),
      duplicate: sum((s) => s.duplicate),
      rejected: invalid + sum((s) => s.rejected),
      unchanged: sum((s) => s.unchanged),
      deferred: sum((s) => s.deferred),
    },
    rejectsByRule: invalid > 0 ? { E_USCC_CHECKSUM: invalid } : {},
    retries: { requests: 0, batches: 0 },
    recordsPerSecond: 100,
    streams,
    recoveredRuns: [],
  };
}

function stream(counts: Partial<StreamReport>, sinks: SinkReport[]): StreamReport {
  return {
    stream: 'penalties',
    recordType: 'penalty',
    source: 'p.csv',
    status: 'succeeded',
    startedAt: '',
    finishedAt: '',
    durationMs: 0,
    read: 0,
    resumed: 0,
    valid: 0,
    invalid: 0,
    rejectsByRule: {},
    recordsPerSecond: 0,
    restarted: false,
    sinks,
    ...counts,
  };
}

describe('run summary and exit code', () => {
  it('tables each stream and sink and gives the verdict', () => {
    const run = report([
      stream({ read: 10, valid: 9, invalid: 1 }, [
        sink('credit-platform', { sent: 9, accepted: 9 }),
        sink('exchange:XZCF', { sent: 9, accepted: 8, duplicate: 1 }),
      ]),
    ]);
    const text = formatRunSummary(run);
    expect(text).toContain('penalties  credit-platform    10        1     9         9     0');
    expect(text).toContain('rejected by rule: E_USCC_CHECKSUM ×1');
    expect(verdict(run)).toBe(
      'run r1 succeeded in 0:04: 17 accepted, 1 already held by the platform, 1 rejected',
    );
    expect(exitCodeOf(run)).toBe(2);
  });

  it('says plainly that there was nothing to send, and why', () => {
    const run = report([stream({ resumed: 10 }, [sink('credit-platform', {})])]);
    expect(verdict(run)).toBe(
      'run r1 succeeded in 0:04: nothing to send — 10 rows were settled by earlier runs (checkpoints)',
    );
    const known = report([stream({ read: 10, valid: 10 }, [sink('credit-platform', { unchanged: 10 })])]);
    expect(verdict(known)).toContain('nothing to send — 10 records are in the ledger as delivered already');
    expect(exitCodeOf(run)).toBe(0);
  });

  it('exits 1 when records are left for the next run or the run failed', () => {
    const deferred = report(
      [stream({ read: 5, valid: 5 }, [sink('credit-platform', { sent: 5, deferred: 5 })])],
      'partial',
    );
    expect(exitCodeOf(deferred)).toBe(1);
    expect(verdict(deferred)).toContain('5 left for the next run');
    expect(exitCodeOf(report([], 'failed'))).toBe(1);
  });
});
