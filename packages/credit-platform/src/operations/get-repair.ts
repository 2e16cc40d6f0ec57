import { CreditBridgeError, type RepairRecord } from '@credit-bridge/core';
import type { PlatformCaller } from '../internal/create-platform-caller.js';
import { recordSchema } from '../internal/record-codec.js';
import type { CallOptions } from '../model/call-options.js';

/**
 * `repairs.get`: the current version of one 信用修复 record by its id (the application number). Throws a
 * `PlatformError` `E_NOT_FOUND` for an unknown id.
 *
 * @example
 * const repair = await client.repairs.get('XYXF-420111-2026-0001');
 * repair.status; // 'approved'
 */
export async function getRepair(
  caller: PlatformCaller,
  repairId: string,
  options: CallOptions = {},
): Promise<RepairRecord> {
  if (repairId.trim() === '' || repairId.length > 128) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: '[repairs.get] repairId must be 1–128 characters',
    });
  }
  const answer = await caller.call({
    op: 'repairGet',
    operation: 'repairs.get',
    params: { repairId },
    signal: options.signal,
    data: recordSchema(caller.profile, 'repair'),
  });
  return answer.data;
}
