import { RecordValidationError } from '../errors/record-validation-error.js';
import type { RecordOf } from '../model/record-schemas.js';
import type { RecordType } from '../model/record-type.js';
import { type ValidateRecordOptions, validateRecord } from './validate-record.js';

/**
 * The throwing form of {@link validateRecord} for interactive use: returns the typed record, or throws
 * `RecordValidationError` (`E_RECORD_INVALID`) carrying the masked issues. Warnings are dropped; use
 * `validateRecord` to see them.
 *
 * @example
 * const penalty = assertRecord('penalty', input); // PenaltyRecord
 */
export function assertRecord<T extends RecordType>(
  type: T,
  input: unknown,
  options: ValidateRecordOptions = {},
): RecordOf<T> {
  const result = validateRecord(type, input, options);
  if (!result.ok) throw new RecordValidationError({ recordType: type, issues: result.issues });
  return result.value;
}
