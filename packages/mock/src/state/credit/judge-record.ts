import {
  findFieldByPath,
  findFieldByWireName,
  fromWireRecord,
  type RecordOf,
  type RecordType,
  redactText,
  type ValidationIssue,
  validateRecord,
  WIRE_FIELDS,
} from '@credit-bridge/core';
import type { Issue } from './credit-types.js';

/** A record that passed validation. */
export interface JudgedRecord<T extends RecordType> {
  readonly ok: true;
  readonly record: RecordOf<T>;
}

/** A record that did not, with every problem found. */
export interface RejectedRecord {
  readonly ok: false;
  readonly recordId: string | null;
  readonly errors: readonly Issue[];
}

/**
 * Judges one wire row (core wire names) the way the platform does: an object whose values are all strings,
 * no column the record type lacks (`E_UNKNOWN_FIELD`, as core's `findUnknownWireColumns` finds them), then
 * core's `validateRecord` on the decoded record with `today` as the platform's day. Issues name the wire
 * field and carry masked messages.
 *
 * @example
 * const judged = judgeRecord('blacklist', row, '2026-01-06');
 * if (!judged.ok) results.push({ status: 'rejected', errors: judged.errors });
 */
export function judgeRecord<T extends RecordType>(
  type: T,
  row: unknown,
  today: string,
): JudgedRecord<T> | RejectedRecord {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return {
      ok: false,
      recordId: null,
      errors: [{ code: 'E_TYPE', message: 'a record must be a JSON object' }],
    };
  }
  const columns = row as Record<string, unknown>;
  const recordId = typeof columns.RECORD_ID === 'string' ? columns.RECORD_ID : null;
  const errors: Issue[] = [];
  // Keys and values come in the same order; no array per column as Object.entries makes.
  const fields = Object.keys(columns);
  const values = Object.values(columns);
  for (let index = 0; index < fields.length; index += 1) {
    if (typeof values[index] !== 'string') {
      errors.push({
        code: 'E_TYPE',
        field: fields[index] as string,
        message: 'every wire value is a string',
      });
    }
  }
  // Core's name lookup is a map probe per column (its tables are prepared once per record type).
  for (const field of fields) {
    if (findFieldByWireName(type, field) === undefined) {
      errors.push({ code: 'E_UNKNOWN_FIELD', field, message: `not a column of the ${type} record` });
    }
  }
  const result = validateRecord(type, fromWireRecord(type, columns), { today });
  if (!result.ok) errors.push(...result.issues.map((issue) => toIssue(type, issue)));
  if (errors.length > 0 || !result.ok) return { ok: false, recordId, errors };
  return { ok: true, record: result.value as RecordOf<T> };
}

function toIssue(type: RecordType, issue: ValidationIssue): Issue {
  const field = wireNameOf(type, issue.path);
  return { code: issue.code, ...(field === undefined ? {} : { field }), message: redactText(issue.message) };
}

// An issue deep inside a list or a JSON column (`history.2.at`) belongs to the column holding it; one about
// a whole object (`subject`) to the object's first column.
function wireNameOf(type: RecordType, path: readonly (string | number)[]): string | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const dotted = path.slice(0, length).join('.');
    const field =
      findFieldByPath(type, dotted) ??
      WIRE_FIELDS[type].find((candidate) => candidate.field.startsWith(`${dotted}.`));
    if (field !== undefined) return field.wire;
  }
  return undefined;
}
