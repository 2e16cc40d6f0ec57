import { describe, expect, it } from 'vitest';
import { ok, stubClient } from '../support/stub-sender.js';

const TASK_ID = '3f1c2b7a-8d4e-4c6f-9a1b-2e3d4c5b6a70';
const pending = ok({ taskId: TASK_ID, status: 'pending', createdAt: '2026-01-06T09:00:00+08:00' });

describe('report task state', () => {
  it('is plain JSON without personal data, and resumes in another client', async () => {
    let now = 1_000_000;
    const { client } = stubClient(() => ({ ...pending, status: 202, headers: { 'retry-after': '3' } }), {
      http: { clock: () => now },
    });
    const poller = await client.reports.request(
      { idNumber: '420111199302170464' },
      { purpose: '评优评先', authorization: 'SQ-1' },
    );
    const saved = JSON.stringify(poller);
    expect(saved).not.toContain('420111199302170464');
    expect(JSON.parse(saved)).toEqual({
      kind: 'credit-platform/report-task',
      version: 1,
      profile: 'credit-bridge-contract-v1',
      taskId: TASK_ID,
      createdAt: '2026-01-06T09:00:00+08:00',
      status: 'pending',
      polls: 0,
      nextPollAt: 1_003_000,
    });
    now += 10_000;
    const { client: later } = stubClient(() => pending);
    const resumed = later.reports.resume(JSON.parse(saved));
    await expect(resumed.poll()).resolves.toMatchObject({ status: 'pending' });
    expect(resumed.state()).toMatchObject({ polls: 1, taskId: TASK_ID });
  });

  it('refuses a state that is not one, or that was made under another profile', () => {
    const { client } = stubClient(() => pending);
    const state = {
      kind: 'credit-platform/report-task',
      version: 1,
      profile: 'credit-bridge-contract-v1',
      taskId: TASK_ID,
      createdAt: '2026-01-06T09:00:00+08:00',
      status: 'pending',
      polls: 0,
      nextPollAt: 0,
    };
    expect(() => client.reports.resume(state)).not.toThrow();
    for (const bad of [
      { ...state, profile: 'district-gateway' },
      { ...state, version: 2 },
      { ...state, polls: -1 },
      'state',
      null,
    ]) {
      expect(() => client.reports.resume(bad)).toThrow(expect.objectContaining({ code: 'E_ARGUMENT' }));
    }
  });

  it('waits by Retry-After, else by a growing backoff, with the injected sleep', async () => {
    let now = 0;
    const waits: number[] = [];
    const answers = [
      { ...pending, status: 202, headers: { 'retry-after': '2' } },
      pending,
      pending,
      { ...pending, headers: { 'retry-after': '30' } },
      ok({
        taskId: TASK_ID,
        status: 'failed',
        createdAt: '2026-01-06T09:00:00+08:00',
        completedAt: '2026-01-06T09:01:00+08:00',
        failure: { code: 'E_SUBJECT_UNKNOWN', message: 'unknown' },
      }),
    ];
    const { client } = stubClient((_, index) => answers[index] ?? pending, {
      http: {
        clock: () => now,
        sleep: async (ms) => {
          waits.push(ms);
          now += ms;
        },
      },
      poll: { initialDelayMs: 1_000, factor: 2, maxDelayMs: 5_000 },
    });
    const poller = await client.reports.request(
      { uscc: '91420113CB0001027L' },
      { purpose: '测试', authorization: 'SQ-1' },
    );
    await expect(poller.wait({ timeoutMs: 60_000 })).rejects.toMatchObject({
      code: 'E_REPORT_FAILED',
      details: { failure: { code: 'E_SUBJECT_UNKNOWN' } },
    });
    expect(waits).toEqual([2_000, 2_000, 4_000, 30_000]);
    expect(poller.state()).toMatchObject({ status: 'failed', polls: 4 });
  });
});
