export {
  CreditBridgeError,
  type CreditBridgeErrorOptions,
  isCreditBridgeError,
} from './credit-bridge-error.js';
export {
  isRecordValidationError,
  RecordValidationError,
  type ValidationIssue,
} from './record-validation-error.js';
