import type { CreditPlatformProfile } from '@credit-bridge/core';
import { z } from 'zod';
import { timestampSchema } from '../internal/wire-values.js';
import { type PlatformIssue, platformIssueSchema } from '../model/platform-issue.js';
import { creditReportSchema, type PlatformCreditReport } from './credit-report-schema.js';

/** The state of a report task as the platform reports it. */
export type ReportTaskStatus =
  | { status: 'pending'; taskId: string; createdAt: string }
  | {
      status: 'ready';
      taskId: string;
      createdAt: string;
      completedAt: string;
      reportNo: string;
      report: PlatformCreditReport;
    }
  | { status: 'failed'; taskId: string; createdAt: string; completedAt: string; failure: PlatformIssue };

// The contract's TaskId is a UUID; its version bits are the platform's business.
const taskIdSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, {
    message: 'a UUID',
  });

/** The contract's `ReportNo`: `XYBG`, a region code, the date and a sequence. */
export const reportNoSchema = z
  .string()
  .regex(/^XYBG[0-9]{6}[0-9]{8}[0-9]{6}$/, { message: 'a report number XYBG + 20 digits' });

/** The contract's `ReportTaskAccepted`. */
export const reportTaskAcceptedSchema = z.object({
  taskId: taskIdSchema,
  status: z.literal('pending'),
  createdAt: timestampSchema,
});

const cache = new WeakMap<CreditPlatformProfile, z.ZodType<ReportTaskStatus>>();

/**
 * The contract's `ReportTask` under a profile: `pending`, `ready` with the report inline, or `failed` with
 * the reason.
 *
 * @example
 * reportTaskSchema(profile).parse(data).status; // 'ready'
 */
export function reportTaskSchema(profile: CreditPlatformProfile): z.ZodType<ReportTaskStatus> {
  const cached = cache.get(profile);
  if (cached !== undefined) return cached;
  const base = { taskId: taskIdSchema, createdAt: timestampSchema };
  const schema = z.discriminatedUnion('status', [
    z.object({ ...base, status: z.literal('pending') }),
    z.object({
      ...base,
      status: z.literal('ready'),
      completedAt: timestampSchema,
      reportNo: reportNoSchema,
      report: creditReportSchema(profile),
    }),
    z.object({
      ...base,
      status: z.literal('failed'),
      completedAt: timestampSchema,
      failure: platformIssueSchema,
    }),
  ]);
  cache.set(profile, schema);
  return schema;
}
