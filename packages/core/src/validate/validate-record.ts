import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import type { ValidationIssue } from '../errors/record-validation-error.js';
import type { IdCheckMode } from '../ids/id-issue.js';
import type { RecordOf } from '../model/record-schemas.js';
import { isRecordType, type RecordType } from '../model/record-type.js';
import { type CalendarDate, isCalendarDate } from '../time/calendar-date.js';
import { todayInShanghai } from '../time/today-in-shanghai.js';
import { compiledSchema } from './internal/compiled-schemas.js';
import { createIssueCollector, type IssueCollector } from './internal/issue-collector.js';
import { addZodIssues } from './internal/map-zod-issues.js';
import { checkRecordRules } from './internal/record-rules.js';

/** Options of {@link validateRecord}. */
export interface ValidateRecordOptions {
  /** The day dates may not exceed and identity numbers' birth dates are judged by; default today in Shanghai. */
  today?: CalendarDate;
  /**
   * `strict` (default) rejects failed GB 32100 / GB 11714 / GB 11643 check characters; `warn` accepts them
   * with a warning, for real registered codes that fail their check (domain reference §1.6).
   */
  idMode?: IdCheckMode;
}

/** Outcome of {@link validateRecord}. Warnings never make a record invalid. */
export type RecordValidationResult<T extends RecordType> =
  | { ok: true; value: RecordOf<T>; warnings: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[]; warnings: ValidationIssue[] };

/**
 * Validates a record of `type`: the schema (`E_REQUIRED`, `E_TYPE`, `E_ENUM`, `E_FORMAT`, `E_TOO_LONG`,
 * `E_UNKNOWN_FIELD`, …), then the cross-field rules of domain reference §9.4 (identifiers through the GB
 * validators, whose codes pass through; subject category rules; dates not in the future and in order;
 * fine amounts; blacklist removals; repair history and decision). All issues are collected, not just
 * the first; each carries `{ path, code, message, value }` with identity numbers and persons' names
 * masked. Returns data and never throws for bad data; throws `CreditBridgeError` `E_ARGUMENT` only for
 * an unknown `type` or a malformed `options.today`. The record is not changed (normalising is the wire
 * codec's job).
 *
 * @example
 * const result = validateRecord('penalty', fromWireRecord('penalty', row), { idMode: 'warn' });
 * if (!result.ok) report(result.issues); // [{ path: ['subject', 'uscc'], code: 'E_USCC_CHECKSUM', … }]
 */
export function validateRecord<T extends RecordType>(
  type: T,
  input: unknown,
  options: ValidateRecordOptions = {},
): RecordValidationResult<T> {
  if (!isRecordType(type)) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[validateRecord] unknown record type '${String(type)}'`,
    });
  }
  const today = options.today ?? todayInShanghai();
  if (!isCalendarDate(today)) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[validateRecord] options.today must be a YYYY-MM-DD date, got '${String(today)}'`,
    });
  }
  const schemaIssues = createIssueCollector(type, input);
  const parsed = compiledSchema(type).safeParse(input);
  if (!parsed.success) addZodIssues(schemaIssues, input, parsed.error.issues);

  const ruleIssues = createIssueCollector(type, input);
  checkRecordRules(type, { input, today, idMode: options.idMode ?? 'strict', collector: ruleIssues });

  // A rule's finding on a field is more precise than the schema's (E_USCC_CHECKSUM over E_FORMAT).
  const issues = ruleIssues.issues.length === 0 ? schemaIssues.issues : mergeIssues(schemaIssues, ruleIssues);
  const warnings = ruleIssues.warnings;
  if (parsed.success && issues.length === 0) {
    return { ok: true, value: parsed.data as RecordOf<T>, warnings };
  }
  return { ok: false, issues, warnings };
}

function mergeIssues(schemaIssues: IssueCollector, ruleIssues: IssueCollector): ValidationIssue[] {
  const ruled = new Set(ruleIssues.issues.map((issue) => issue.path.join('\u0000')));
  return [
    ...schemaIssues.issues.filter((issue) => !ruled.has(issue.path.join('\u0000'))),
    ...ruleIssues.issues,
  ];
}
