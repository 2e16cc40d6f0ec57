import type { LicenseRecord } from '@credit-bridge/core';
import type { PlatformCaller } from '../internal/create-platform-caller.js';
import { submitRecords } from '../internal/submit-records.js';
import type { SubmitOptions } from '../model/encoded-record.js';
import type { SubmitOutcome } from '../model/submit-outcome.js';

/**
 * `licenses.submit`: submits 行政许可 decisions (双公示). Each record is pre-checked locally (the client's `precheck` mode) and
 * encoded with core's wire mapping and the profile's column names; the batches respect the profile's
 * record and byte limits, each under an idempotency key derived from its records' ids and versions, so a
 * retry or a re-run days later never stores a record twice. One result per record, in input order.
 *
 * @example
 * const outcome = await client.licenses.submit(records);
 * for (const result of outcome.results) if (result.status === 'rejected') report(result.index, result.errors);
 */
export function submitLicenses(
  caller: PlatformCaller,
  records: readonly LicenseRecord[],
  options: SubmitOptions<'license'> = {},
): Promise<SubmitOutcome> {
  return submitRecords(caller, {
    type: 'license',
    op: 'licensesSubmit',
    operation: 'licenses.submit',
    records,
    signal: options.signal,
    encoded: options.encoded,
  });
}
