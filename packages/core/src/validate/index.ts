export { assertRecord } from './assert-record.js';
export {
  type RecordValidationResult,
  type ValidateRecordOptions,
  validateRecord,
} from './validate-record.js';
export { RECORD_VALIDATION_CODES, type RecordValidationCode } from './validation-codes.js';
