import type { RecordOf } from '../model/record-schemas.js';
import type { RecordType } from '../model/record-type.js';
import { checkRecordsOptions, type GenerateRecordsOptions, iterateRecords } from './iterate-records.js';

/**
 * Generates `count` synthetic, valid records of `type` from `seed` into an array: the same seed always
 * gives deep-equal arrays, different seeds different ones. Use `iterateRecords` for counts that should
 * not sit in memory at once. Throws `CreditBridgeError` `E_ARGUMENT` for bad options.
 *
 * @example
 * const penalties = generateRecords('penalty', { seed: 42, count: 50 });
 * penalties[0]?.recordId; // 'CF-420117-000001'
 */
export function generateRecords<T extends RecordType>(
  type: T,
  options: GenerateRecordsOptions,
): RecordOf<T>[] {
  // Checked here too, so bad options fail at the call rather than when the array is first read.
  checkRecordsOptions('generateRecords', type, options);
  return Array.from(iterateRecords(type, options));
}
