import { CreditBridgeError, isCreditBridgeError } from './credit-bridge-error.js';

/** One rule a record broke: where, which rule, a readable message and the offending value, masked. */
export interface ValidationIssue {
  /** Path into the record, e.g. `['subject', 'uscc']`. */
  path: readonly (string | number)[];
  /** Stable rule code, e.g. `E_USCC_CHECKSUM`, `E_REQUIRED`, `E_ENUM`. */
  code: string;
  message: string;
  /** The offending value, masked when it is personal data. */
  value?: unknown;
}

/**
 * Thrown by the interactive (throwing) validation wrappers; batch paths receive the issues as data.
 *
 * @example
 * try { assertRecord('penalty', input); } catch (e) { if (isRecordValidationError(e)) show(e.issues); }
 */
export class RecordValidationError extends CreditBridgeError<'E_RECORD_INVALID'> {
  readonly issues: readonly ValidationIssue[];

  constructor(options: { recordType: string; issues: readonly ValidationIssue[] }) {
    const first = options.issues[0];
    const summary = first ? `${first.path.join('.') || '(record)'}: ${first.message}` : 'invalid';
    const more = options.issues.length > 1 ? ` (+${options.issues.length - 1} more)` : '';
    super({
      code: 'E_RECORD_INVALID',
      message: `[validate ${options.recordType}] ${summary}${more}`,
      details: { recordType: options.recordType, issues: options.issues },
    });
    this.name = 'RecordValidationError';
    this.issues = this.details.issues as readonly ValidationIssue[];
  }
}

/** Cross-realm guard for {@link RecordValidationError}. */
export function isRecordValidationError(value: unknown): value is RecordValidationError {
  return (
    isCreditBridgeError(value) &&
    value.name === 'RecordValidationError' &&
    Array.isArray((value as { issues?: unknown }).issues)
  );
}
