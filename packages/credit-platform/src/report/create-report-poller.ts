import { CreditBridgeError, redact, resolvePath } from '@credit-bridge/core';
import { AbortedError, isTransportError, parseRetryAfter, TimeoutError } from '@credit-bridge/http';
import type { PlatformCaller } from '../internal/create-platform-caller.js';
import type { PlatformCreditReport } from './credit-report-schema.js';
import { type ReportTaskStatus, reportTaskSchema } from './report-task-schema.js';
import type { ReportTaskState } from './report-task-state.js';

/** A report task in progress: poll it, wait for it, or save its state and resume it elsewhere. */
export interface ReportPoller {
  readonly taskId: string;
  /** A JSON-safe snapshot; `client.reports.resume(state)` continues from it, in another process too. */
  state(): ReportTaskState;
  /** The same snapshot, so `JSON.stringify(poller)` saves it. */
  toJSON(): ReportTaskState;
  /** Asks the platform once, without waiting, and records the answer in the state. */
  poll(options?: { signal?: AbortSignal | undefined }): Promise<ReportTaskStatus>;
  /**
   * Polls until the report is ready, waiting between polls (the platform's `Retry-After`, else a growing
   * backoff). Throws `E_REPORT_FAILED` when the task failed and `E_TIMEOUT` (`total`) past `timeoutMs`.
   */
  wait(options?: {
    timeoutMs?: number | undefined;
    signal?: AbortSignal | undefined;
  }): Promise<PlatformCreditReport>;
}

function failed(
  operation: string,
  taskId: string,
  failure: { code: string; field?: string | undefined; message: string },
) {
  return new CreditBridgeError({
    code: 'E_REPORT_FAILED',
    message: `[${operation}] report task ${taskId} failed: ${failure.code} ${failure.message}`,
    details: { taskId, failure: redact(failure) },
  });
}

/**
 * A poller over a report task's state. The wait before each poll is the larger of the platform's
 * `Retry-After` and `initialDelayMs × factor^(polls)` capped at `maxDelayMs`; sleep and clock are the
 * client's (injected in tests), so a test never waits.
 *
 * @example
 * const poller = createReportPoller(caller, state, 'reports.request');
 * const report = await poller.wait({ timeoutMs: 60_000 });
 */
export function createReportPoller(
  caller: PlatformCaller,
  initial: ReportTaskState,
  operation: string,
): ReportPoller {
  const { clock, sleep } = caller.options.http;
  const pacing = caller.options.poll;
  let state: ReportTaskState = { ...initial };
  let ready: PlatformCreditReport | undefined;
  const path = resolvePath(caller.profile, 'reportTask', { taskId: state.taskId });

  const backoff = (polls: number) =>
    Math.min(pacing.maxDelayMs, pacing.initialDelayMs * pacing.factor ** polls);

  async function poll(options: { signal?: AbortSignal | undefined } = {}): Promise<ReportTaskStatus> {
    const answer = await caller.call({
      op: 'reportTask',
      operation,
      params: { taskId: state.taskId },
      signal: options.signal,
      data: reportTaskSchema(caller.profile),
    });
    const task = answer.data;
    const polls = state.polls + 1;
    const now = clock();
    const delay = Math.max(parseRetryAfter(answer.headers['retry-after'], now) ?? 0, backoff(polls));
    state = {
      ...state,
      status: task.status,
      polls,
      nextPollAt: now + delay,
      ...(task.status === 'ready' ? { reportNo: task.reportNo } : {}),
    };
    if (task.status === 'ready') ready = task.report;
    caller.emit({
      type: 'poll',
      operation,
      taskId: state.taskId,
      status: task.status,
      polls,
      ...(task.status === 'pending' ? { nextDelayMs: delay } : {}),
    });
    if (task.status === 'failed') throw failed(operation, state.taskId, task.failure);
    return task;
  }

  async function wait(
    options: { timeoutMs?: number | undefined; signal?: AbortSignal | undefined } = {},
  ): Promise<PlatformCreditReport> {
    const timeoutMs = options.timeoutMs ?? pacing.timeoutMs;
    const deadlineAt = clock() + timeoutMs;
    const timedOut = () => new TimeoutError({ method: 'GET', path, operation, deadline: 'total', timeoutMs });
    // The clock may be injected; this timer bounds a poll in flight in real time as well.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(timedOut()), timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
    try {
      for (;;) {
        if (ready !== undefined) return ready;
        const waitMs = Math.max(0, state.nextPollAt - clock());
        if (clock() + waitMs > deadlineAt) throw timedOut();
        if (waitMs > 0) {
          try {
            await sleep(waitMs, signal);
          } catch (error) {
            if (!signal.aborted) throw error;
            if (isTransportError(signal.reason)) throw signal.reason;
            throw new AbortedError({ method: 'GET', path, operation, cause: signal.reason });
          }
        }
        await poll({ signal });
      }
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    taskId: state.taskId,
    state: () => ({ ...state }),
    toJSON: () => ({ ...state }),
    poll,
    wait,
  };
}
