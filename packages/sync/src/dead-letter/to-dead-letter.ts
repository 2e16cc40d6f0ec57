import { type RecordType, redact, type ValidationIssue } from '@credit-bridge/core';
import { maskValue } from '../internal/mask-value.js';
import type { SourceRow } from '../sources/source-row.js';
import type { DeadLetter, DeadLetterIssue } from './dead-letter.js';

/** What {@link toDeadLetter} builds a dead letter from. */
export interface ToDeadLetterInput {
  readonly row: Pick<SourceRow, 'source' | 'rowNumber'>;
  readonly recordType: RecordType;
  /** Issues from a source, mapping or core validation (`{ path, code, message, value }`). */
  readonly issues: readonly ValidationIssue[];
  readonly recordId?: string;
  /** True when the subject is an organisation, whose name need not be masked. */
  readonly organisation?: boolean;
  /** ISO timestamp of the rejection. */
  readonly at: string;
}

/**
 * Builds a {@link DeadLetter} from issues: each becomes `{ field, rule, message, value }` with the
 * path dotted, the code as the rule, and the value as masked text (identity numbers, persons' names;
 * core's masking, applied again here, so a value is masked even if an issue arrives unmasked). The
 * row itself is never copied.
 *
 * @example
 * toDeadLetter({ row, recordType: 'penalty', issues: result.issues, at: clock() });
 */
export function toDeadLetter(input: ToDeadLetterInput): DeadLetter {
  const issues = input.issues.map((issue): DeadLetterIssue => {
    const field = issue.path.join('.');
    const base = { field, rule: issue.code, message: redact(issue.message) };
    if (issue.value === undefined) return base;
    const text =
      typeof issue.value === 'string'
        ? issue.value
        : (JSON.stringify(redact(issue.value)) ?? String(issue.value));
    return { ...base, value: maskValue(field, text, { personSubject: input.organisation !== true }) };
  });
  return {
    source: input.row.source,
    rowNumber: input.row.rowNumber,
    recordType: input.recordType,
    issues,
    at: input.at,
    ...(input.recordId === undefined ? {} : { recordId: input.recordId }),
  };
}
