import type { RepairRecord } from '@credit-bridge/core';
import type { PlatformCaller } from '../internal/create-platform-caller.js';
import { submitRecords } from '../internal/submit-records.js';
import type { SubmitOptions } from '../model/encoded-record.js';
import type { SubmitOutcome } from '../model/submit-outcome.js';

/**
 * `repairs.submit`: submits 信用修复 decisions of the listing authority (an approved repair ends its target's publication). Each record is pre-checked locally (the client's `precheck` mode) and
 * encoded with core's wire mapping and the profile's column names; the batches respect the profile's
 * record and byte limits, each under an idempotency key derived from its records' ids and versions, so a
 * retry or a re-run days later never stores a record twice. One result per record, in input order.
 *
 * @example
 * const outcome = await client.repairs.submit(records);
 * for (const result of outcome.results) if (result.status === 'rejected') report(result.index, result.errors);
 */
export function submitRepairs(
  caller: PlatformCaller,
  records: readonly RepairRecord[],
  options: SubmitOptions<'repair'> = {},
): Promise<SubmitOutcome> {
  return submitRecords(caller, {
    type: 'repair',
    op: 'repairsSubmit',
    operation: 'repairs.submit',
    records,
    signal: options.signal,
    encoded: options.encoded,
  });
}
