import type { RunFinish, RunRecord, RunStart } from '../state-store.js';
import { stateError } from './state-error.js';

const FINAL = new Set(['succeeded', 'partial', 'failed', 'aborted']);

function checkRunId(operation: string, runId: unknown): void {
  if (typeof runId !== 'string' || runId.trim() === '' || runId.length > 200) {
    throw stateError('E_STATE_INPUT', operation, 'runId must be non-blank text of at most 200 characters');
  }
}

/** The history entry of a run that starts; a run id is used once. */
export function startedRun(existing: RunRecord | undefined, start: RunStart): RunRecord {
  checkRunId('startRun', start.runId);
  if (existing !== undefined) {
    throw stateError('E_STATE_CONFLICT', 'startRun', `run ${JSON.stringify(start.runId)} exists already`, {
      runId: start.runId,
    });
  }
  return {
    runId: start.runId,
    startedAt: start.startedAt,
    status: 'running',
    counts: {},
    ...(start.details === undefined ? {} : { details: structuredClone(start.details) }),
  };
}

/** The history entry of a run that finishes; it must be running. */
export function finishedRun(existing: RunRecord | undefined, finish: RunFinish): RunRecord {
  checkRunId('finishRun', finish.runId);
  if (!FINAL.has(finish.status)) {
    throw stateError('E_STATE_INPUT', 'finishRun', `status must be one of ${[...FINAL].join(', ')}`);
  }
  if (!Object.values(finish.counts).every((count) => Number.isSafeInteger(count) && count >= 0)) {
    throw stateError('E_STATE_INPUT', 'finishRun', 'counts must be non-negative integers');
  }
  if (existing === undefined) {
    throw stateError('E_STATE_NOT_FOUND', 'finishRun', `no run ${JSON.stringify(finish.runId)}`, {
      runId: finish.runId,
    });
  }
  if (existing.status !== 'running') {
    throw stateError(
      'E_STATE_CONFLICT',
      'finishRun',
      `run ${JSON.stringify(finish.runId)} finished already`,
      {
        runId: finish.runId,
      },
    );
  }
  const details = finish.details ?? existing.details;
  return {
    runId: existing.runId,
    startedAt: existing.startedAt,
    finishedAt: finish.finishedAt,
    status: finish.status,
    counts: { ...finish.counts },
    ...(details === undefined ? {} : { details: structuredClone(details) }),
  };
}
