import { toWireRecord, type ValidationIssue } from '@credit-bridge/core';
import type { DeadLetter } from '../../dead-letter/dead-letter.js';
import { toDeadLetter } from '../../dead-letter/to-dead-letter.js';
import type { SinkIssue } from '../../sinks/sink.js';
import type { LaneContext } from './lane-context.js';
import type { StreamItem } from './stream-item.js';

/**
 * The dead letter of a record a sink refused: each issue under the platform's column name, its message
 * prefixed with the sink, and the record's value in that column (masked by `toDeadLetter`), so a person
 * sees what the platform saw.
 *
 * @example
 * sinkDeadLetter(context, item, [{ code: 'E_USCC_CHECKSUM', field: 'CF_XDR_SHXYM', message: '…' }]);
 */
export function sinkDeadLetter(
  context: Pick<LaneContext, 'sink' | 'recordType' | 'now'>,
  item: StreamItem,
  issues: readonly SinkIssue[],
): DeadLetter {
  let wire: Record<string, string> | undefined;
  const cellOf = (field: string | undefined) => {
    if (field === undefined) return undefined;
    wire ??= toWireRecord(context.recordType, item.record) as Record<string, string>;
    return wire[field];
  };
  const validationIssues = issues.map((issue): ValidationIssue => {
    const value = cellOf(issue.field);
    return {
      path: issue.field === undefined ? [] : [issue.field],
      code: issue.code,
      message: `${context.sink.id}: ${issue.message}`,
      ...(value === undefined ? {} : { value }),
    };
  });
  const subject = (item.record as { subject?: { category?: string } }).subject;
  return toDeadLetter({
    row: { source: item.source, rowNumber: item.position },
    recordType: context.recordType,
    recordId: item.key.recordId,
    issues: validationIssues,
    organisation: subject?.category !== undefined && subject.category !== 'natural_person',
    at: context.now(),
  });
}
