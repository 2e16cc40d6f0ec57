import { CreditBridgeError, type CreditPlatformProfile } from '@credit-bridge/core';
import { z } from 'zod';

/**
 * Everything needed to pick up a report task later, in another process too: plain JSON with no personal
 * data (the task id stands for the request). Save `poller.state()`, pass it to `reports.resume`.
 */
export interface ReportTaskState {
  kind: 'credit-platform/report-task';
  version: 1;
  /** The profile the task was created under; resuming under another one is refused. */
  profile: string;
  taskId: string;
  /** When the platform created the task (its `createdAt`). */
  createdAt: string;
  status: 'pending' | 'ready' | 'failed';
  /** Polls so far; the wait before the next one grows with it. */
  polls: number;
  /** When the next poll is due, epoch milliseconds of the client's clock. */
  nextPollAt: number;
  /** Once `ready`. */
  reportNo?: string | undefined;
}

const stateSchema = z.object({
  kind: z.literal('credit-platform/report-task'),
  version: z.literal(1),
  profile: z.string().min(1),
  taskId: z.string().min(1).max(128),
  createdAt: z.string().min(1),
  status: z.enum(['pending', 'ready', 'failed']),
  polls: z.number().int().min(0),
  nextPollAt: z.number().finite(),
  reportNo: z.string().min(1).optional(),
});

/**
 * Checks a saved report task state (parsed JSON from wherever it was kept) before a poller resumes it.
 * Throws `CreditBridgeError` `E_ARGUMENT` when it is not one, or was made under another profile.
 *
 * @example
 * const state = readReportTaskState(profile, JSON.parse(saved));
 */
export function readReportTaskState(profile: CreditPlatformProfile, input: unknown): ReportTaskState {
  const parsed = stateSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[reports.resume] not a saved report task: ${issue?.path.join('.') || 'state'}: ${issue?.message ?? 'invalid'}`,
    });
  }
  if (parsed.data.profile !== profile.name) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[reports.resume] the task was created under profile "${parsed.data.profile}", not "${profile.name}"`,
    });
  }
  return { ...parsed.data, kind: 'credit-platform/report-task', version: 1 };
}
