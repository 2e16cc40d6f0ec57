import {
  type DecodedExchangeMessage,
  EXCHANGE_RECORD_MESSAGES,
  type ExchangeReceipt,
  type ExchangeReceiptError,
  type ExchangeReceiptResult,
  isRecordMessageType,
  redactText,
  toWireRecord,
} from '@credit-bridge/core';
import type { Issue } from '../credit/credit-types.js';
import { shanghaiSeconds } from '../credit/shanghai-seconds.js';
import { submitRecords } from '../credit/submit-records.js';
import type { AcceptTime, ExchangeParts } from './exchange-types.js';

/**
 * The receipt of a message that passed the message-level checks: one result per record in document
 * order — a record that broke the schema is rejected with the codec's issues; the others are validated
 * with core and versioned against the shared data (`submitRecords`: accepted, duplicate, or rejected with
 * `E_STALE_VERSION` or the validation codes); XYBG reports are kept by number. A RECEIPT carries no
 * records and is ACCEPTED. Accepted records become shared data.
 */
export function judgeRecords(
  parts: ExchangeParts,
  decoded: DecodedExchangeMessage,
  time: AcceptTime,
): ExchangeReceipt {
  if (decoded.messageType === 'RECEIPT') return receiptOf([], time);
  const results: ExchangeReceiptResult[] = [];
  const rejected = (index: number, recordId: string, errors: readonly Issue[]): ExchangeReceiptResult => ({
    index,
    recordId,
    status: 'rejected',
    errors: errors.length === 0 ? [{ code: 'E_VALIDATION', message: 'rejected' }] : errors.map(errorOf),
  });
  if (decoded.messageType === 'XYBG') {
    for (const record of decoded.records) {
      results[record.index] = record.ok
        ? {
            index: record.index,
            recordId: record.recordId,
            status: parts.reports.publish(record.value, time.now),
          }
        : rejected(record.index, record.recordId, record.issues);
    }
  } else if (isRecordMessageType(decoded.messageType)) {
    const { recordType } = EXCHANGE_RECORD_MESSAGES[decoded.messageType];
    const rows: unknown[] = [];
    const positions: { index: number; recordId: string }[] = [];
    for (const record of decoded.records) {
      if (!record.ok) {
        results[record.index] = rejected(record.index, record.recordId, record.issues);
        continue;
      }
      rows.push(toWireRecord(recordType, record.value as never));
      positions.push({ index: record.index, recordId: record.recordId });
    }
    submitRecords(parts.data, recordType, rows, time).results.forEach((result, position) => {
      const { index, recordId } = positions[position] ?? { index: position, recordId: '' };
      results[index] =
        result.status === 'rejected'
          ? rejected(index, recordId, result.errors ?? [])
          : { index, recordId, status: result.status };
    });
  }
  if (results.some((result) => result.status === 'accepted'))
    parts.updatedAt.set(decoded.messageType, time.now);
  return receiptOf(results, time);
}

function receiptOf(results: readonly ExchangeReceiptResult[], time: AcceptTime): ExchangeReceipt {
  const count = (status: ExchangeReceiptResult['status']) =>
    results.filter((result) => result.status === status).length;
  const rejectedCount = count('rejected');
  const status =
    results.length > 0 && rejectedCount === results.length
      ? 'REJECTED'
      : rejectedCount > 0
        ? 'PARTIAL'
        : 'ACCEPTED';
  return {
    status,
    receivedTime: shanghaiSeconds(time.now),
    acceptedCount: count('accepted'),
    duplicateCount: count('duplicate'),
    rejectedCount,
    ...(results.length === 0 ? {} : { results: [...results] }),
  };
}

/** The receipt of a message rejected as a whole, with its message-level errors and no results. */
export function rejectedReceipt(errors: readonly ExchangeReceiptError[], time: AcceptTime): ExchangeReceipt {
  return {
    status: 'REJECTED',
    receivedTime: shanghaiSeconds(time.now),
    acceptedCount: 0,
    duplicateCount: 0,
    rejectedCount: 0,
    errors: [...errors],
  };
}

function errorOf(issue: Issue): ExchangeReceiptError {
  return {
    code: /^E_[A-Z0-9_]+$/.test(issue.code) ? issue.code : 'E_VALIDATION',
    ...(issue.field === undefined ? {} : { field: issue.field }),
    message: redactText(issue.message),
  };
}
