import { CreditBridgeError } from '@credit-bridge/core';
import type { PlatformCaller } from '../internal/create-platform-caller.js';
import type { CallOptions } from '../model/call-options.js';
import { creditReportSchema, type PlatformCreditReport } from '../report/credit-report-schema.js';
import { reportNoSchema } from '../report/report-task-schema.js';

/**
 * `reports.fetch`: a report generated earlier, by its number, as the task delivered it. Throws a
 * `PlatformError` `E_NOT_FOUND` for an unknown number.
 *
 * @example
 * const report = await client.reports.fetch('XYBG42010020260106000017');
 */
export async function fetchReport(
  caller: PlatformCaller,
  reportNo: string,
  options: CallOptions = {},
): Promise<PlatformCreditReport> {
  if (!reportNoSchema.safeParse(reportNo).success) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: '[reports.fetch] reportNo must be XYBG followed by 20 digits',
    });
  }
  const answer = await caller.call({
    op: 'reportGet',
    operation: 'reports.fetch',
    params: { reportNo },
    signal: options.signal,
    data: creditReportSchema(caller.profile),
  });
  return answer.data;
}
