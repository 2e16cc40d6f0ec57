import {
  type RecordType,
  type RecordValidationResult,
  type ValidateRecordOptions,
  validateRecord,
} from '@credit-bridge/core';

/**
 * Validates a mapped record through core's `validateRecord`: the schema, then the cross-field rules
 * (identifier checks, subject category rules, dates, fines). Issues carry masked values.
 *
 * @example
 * const mapped = mapRow(spec, row);
 * const result = mapped.ok ? validateMapped('penalty', mapped.record, { today: '2026-03-31' }) : mapped;
 */
export function validateMapped<T extends RecordType>(
  recordType: T,
  record: Record<string, unknown>,
  options: ValidateRecordOptions = {},
): RecordValidationResult<T> {
  return validateRecord(recordType, record, options);
}
