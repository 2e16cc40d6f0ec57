import type { CreditPlatformOperation } from '@credit-bridge/core';
import type { Answer } from '../answer.js';
import { checkBlacklist } from './check-blacklist.js';
import { checkBlacklistBatch } from './check-blacklist-batch.js';
import { getRepair } from './get-repair.js';
import { listChanges } from './list-changes.js';
import type { OperationContext } from './operation-context.js';
import { createReport, getReport, getReportTask, verifyReport } from './reports.js';
import { submitBatch } from './submit-batch.js';

/** Runs one operation of the credit platform against its state (signature and idempotency already done). */
export function dispatchCreditOperation(op: CreditPlatformOperation, context: OperationContext): Answer {
  switch (op) {
    case 'penaltiesSubmit':
    case 'licensesSubmit':
    case 'blacklistSubmit':
    case 'repairsSubmit':
      return submitBatch(context, op);
    case 'blacklistCheck':
      return checkBlacklist(context);
    case 'blacklistCheckBatch':
      return checkBlacklistBatch(context);
    case 'blacklistChanges':
      return listChanges(context, 'blacklist');
    case 'repairChanges':
      return listChanges(context, 'repair');
    case 'repairGet':
      return getRepair(context);
    case 'reportsCreate':
      return createReport(context);
    case 'reportTask':
      return getReportTask(context);
    case 'reportGet':
      return getReport(context);
    case 'reportVerify':
      return verifyReport(context);
  }
}
