import type { ValidationIssue } from '../../errors/record-validation-error.js';
import type { RecordType } from '../../model/record-type.js';
import { findFieldByPath } from '../../wire/wire-fields.js';
import { maskIssueValue } from './mask-issue-value.js';
import { type IssuePath, readPath } from './read-path.js';

/** Collects issues and warnings for one record, masking values and naming fields with their wire titles. */
export interface IssueCollector {
  readonly issues: ValidationIssue[];
  readonly warnings: ValidationIssue[];
  /** Records an issue; `value` defaults to the input's value at `path`. */
  add(path: IssuePath, code: string, message: string, options?: { value?: unknown; warning?: boolean }): void;
}

/** A collector for one record of `type`. */
export function createIssueCollector(type: RecordType, input: unknown): IssueCollector {
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  return {
    issues,
    warnings,
    add(path, code, message, options = {}) {
      const value = 'value' in options ? options.value : readPath(input, path);
      const issue: ValidationIssue = {
        path: [...path],
        code,
        message: `${describeField(type, path)}: ${message}`,
      };
      if (value !== undefined) issue.value = maskIssueValue(input, path, value);
      (options.warning === true ? warnings : issues).push(issue);
    },
  };
}

/** `subject.name (CF_XDR_MC 行政相对人名称)`, or the bare path when no wire column maps it. */
function describeField(type: RecordType, path: IssuePath): string {
  const dotted = path.join('.');
  if (dotted === '') return '(record)';
  const fieldPath = path.filter((key) => typeof key === 'string').join('.');
  const field = findFieldByPath(type, fieldPath);
  return field === undefined ? dotted : `${dotted} (${field.wire} ${field.label})`;
}
