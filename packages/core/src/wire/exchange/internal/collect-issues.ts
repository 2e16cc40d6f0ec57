import type { z } from 'zod';
import { addZodIssues } from '../../../validate/internal/map-zod-issues.js';
import { maskIssueValue } from '../../../validate/internal/mask-issue-value.js';
import { readPath } from '../../../validate/internal/read-path.js';
import type { WireField } from '../../wire-field.js';
import type { ExchangeRecordIssue } from '../exchange-message.js';
import type { XmlProblem } from './read-record-xml.js';

/** The wire field a path into a record belongs to, if any. */
export type FieldAt = (path: readonly (string | number)[]) => WireField | undefined;

/**
 * The issues of one decoded record: its XML problems (`E_XML_SCHEMA`, with the element in `field`), then
 * the zod schema's issues under the toolkit's validation codes, each with the wire name it concerns
 * and its value masked as `validateRecord` masks it.
 */
export function collectIssues(
  input: unknown,
  problems: readonly XmlProblem[],
  zodIssues: readonly z.core.$ZodIssue[],
  fieldAt: FieldAt,
): ExchangeRecordIssue[] {
  const issues: ExchangeRecordIssue[] = problems.map(({ field, message, where }) => ({
    path: [],
    code: 'E_XML_SCHEMA',
    message: `${where === undefined ? '' : `${where} `}<${field || '(record)'}> ${message}`,
    ...(field === '' ? {} : { field }),
  }));
  addZodIssues(
    {
      issues,
      warnings: [],
      add(path, code, message, options = {}) {
        const field = fieldAt(path);
        const value = 'value' in options ? options.value : readPath(input, path);
        const where = path.join('.') || '(record)';
        const issue: ExchangeRecordIssue = {
          path: [...path],
          code,
          message: `${field === undefined ? where : `${where} (${field.wire} ${field.label})`}: ${message}`,
        };
        if (field !== undefined) issue.field = field.wire;
        if (value !== undefined) issue.value = maskIssueValue(input, path, value);
        issues.push(issue);
      },
    },
    input,
    zodIssues,
  );
  return issues;
}

/** A {@link FieldAt} over a wire table: the field of the longest leading run of the path's names. */
export function fieldAtIn(fields: readonly WireField[]): FieldAt {
  const byPath = new Map(fields.map((field) => [field.field, field]));
  return (path) => {
    const names: string[] = [];
    for (const key of path) {
      if (typeof key !== 'string') break;
      names.push(key);
    }
    for (let length = names.length; length > 0; length -= 1) {
      const field = byPath.get(names.slice(0, length).join('.'));
      if (field !== undefined) return field;
    }
    return undefined;
  };
}
