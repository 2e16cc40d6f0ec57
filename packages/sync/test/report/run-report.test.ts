import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRunReport, type StreamReport, writeRunReport } from '../../src/index.js';

function stream(status: StreamReport['status'], extra: Partial<StreamReport> = {}): StreamReport {
  return {
    stream: `s-${status}`,
    recordType: 'penalty',
    source: 'x.csv',
    status,
    startedAt: '2026-06-30T09:00:00.000+08:00',
    finishedAt: '2026-06-30T09:00:01.000+08:00',
    durationMs: 1000,
    read: 10,
    resumed: 2,
    valid: 8,
    invalid: 2,
    rejectsByRule: { E_REQUIRED: 2, E_USCC_CHECKSUM: 1 },
    recordsPerSecond: 10,
    restarted: false,
    sinks: [
      {
        sink: 'credit-platform',
        platform: 'credit',
        sent: 9,
        accepted: 6,
        duplicate: 1,
        rejected: 1,
        conflicts: 0,
        unchanged: 0,
        stale: 0,
        deferred: 0,
        batches: 3,
        batchRetries: 1,
        requestRetries: 4,
      },
    ],
    ...extra,
  };
}

const base = {
  runId: 'r1',
  startedMs: Date.parse('2026-06-30T01:00:00Z'),
  finishedMs: Date.parse('2026-06-30T01:00:02Z'),
  aborted: false,
  recoveredRuns: [],
};

describe('buildRunReport', () => {
  it('sums streams and sinks into totals, rejects by rule, throughput and retries', () => {
    const report = buildRunReport({
      ...base,
      streams: [stream('succeeded'), stream('succeeded')],
      requestRetries: [undefined, undefined],
    });
    expect(report).toMatchObject({
      runId: 'r1',
      status: 'succeeded',
      startedAt: '2026-06-30T09:00:00.000+08:00',
      durationMs: 2000,
      totals: {
        read: 20,
        resumed: 4,
        valid: 16,
        invalid: 4,
        sent: 18,
        accepted: 12,
        duplicate: 2,
        rejected: 6,
        deferred: 0,
      },
      rejectsByRule: { E_REQUIRED: 4, E_USCC_CHECKSUM: 2 },
      retries: { requests: 8, batches: 2 },
      recordsPerSecond: 10,
    });
    // Retries counted from the clients' events replace the sinks' reported attempts for that platform.
    expect(
      buildRunReport({ ...base, streams: [stream('succeeded')], requestRetries: [11, undefined] }).retries
        .requests,
    ).toBe(11);
  });

  it('derives the run status from the streams', () => {
    const statusOf = (statuses: StreamReport['status'][], aborted = false) =>
      buildRunReport({
        ...base,
        aborted,
        streams: statuses.map((status) => stream(status)),
        requestRetries: [],
      }).status;
    expect(statusOf(['succeeded', 'succeeded'])).toBe('succeeded');
    expect(statusOf(['succeeded', 'partial'])).toBe('partial');
    expect(statusOf(['succeeded', 'failed'])).toBe('partial');
    expect(statusOf(['failed', 'failed'])).toBe('failed');
    expect(statusOf(['succeeded'], true)).toBe('aborted');
  });
});

describe('writeRunReport', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the report as JSON into a new directory, leaving no temporary file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'credit-bridge-report-'));
    const report = buildRunReport({ ...base, streams: [stream('partial')], requestRetries: [] });
    const path = join(dir, 'out', 'run.json');
    await writeRunReport(report, path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(report);
    expect(readdirSync(join(dir, 'out'))).toEqual(['run.json']);
  });
});
