import {
  CreditBridgeError,
  type ExchangeHeaderInput,
  type ExchangeMessage,
  type ExchangeReceiptError,
  type ExchangeRecordOf,
  encodeExchangeMessage,
  isRecordMessageType,
  type RecordMessageType,
} from '@credit-bridge/core';
import { isPlatformError } from '@credit-bridge/http';
import type { ExchangeCaller } from '../internal/create-exchange-caller.js';
import { deriveMessageId } from '../internal/derive-message-id.js';
import { type PlannedRecord, planMessages } from '../internal/plan-messages.js';
import { readReceipt } from '../internal/read-receipt.js';
import { sendTimeOf } from '../internal/send-time.js';
import type { PublishedMessage, PublishOutcome, PublishRecordResult } from '../model/publish-outcome.js';

/** Where and how a publication goes. */
export interface PublishOptions<M extends RecordMessageType = RecordMessageType> {
  /** `XZXK` 行政许可, `XZCF` 行政处罚, `SXMD` 严重失信主体名单 or `XYXF` 信用修复: what the records are. */
  messageType: M;
  /** USCC of the receiving department. */
  receiverCode: string;
  /** The catalog resource the messages publish, e.g. `WH-XZCF`. */
  resourceCode?: string | undefined;
  /** A business id of yours, echoed to the receiver in every message (`Header/correlationId`). */
  correlationId?: string | undefined;
  signal?: AbortSignal | undefined;
}

const USCC = /^[0-9A-Z]{18}$/;
const RESOURCE_CODE = /^[A-Z0-9][A-Z0-9-]{2,63}$/;
const CORRELATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
// The messageId and sendTime of the measuring encodes: the same lengths as the real ones.
const MEASURE_ID = '00000000-0000-8000-8000-000000000000';

function argument(message: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_ARGUMENT', message: `[publish] ${message}` });
}

function checkOptions(records: unknown, options: PublishOptions): void {
  if (!Array.isArray(records)) throw argument('records must be an array');
  if (!isRecordMessageType(options.messageType))
    throw argument('messageType must be XZXK, XZCF, SXMD or XYXF');
  if (!USCC.test(options.receiverCode))
    throw argument('receiverCode must be the 18-character USCC of a department');
  if (options.resourceCode !== undefined && !RESOURCE_CODE.test(options.resourceCode)) {
    throw argument('resourceCode must be 3–64 upper-case letters, digits or "-"');
  }
  if (options.correlationId !== undefined && !CORRELATION_ID.test(options.correlationId)) {
    throw argument('correlationId must be 1–128 ASCII letters, digits, ".", "_", ":" or "-"');
  }
}

/**
 * `publish`: publishes records of one type to a receiving department as exchange messages. The records
 * are encoded with core's codec (UTF-8 or GB18030, SM3 or SHA-256 body digest, as the client is set up);
 * a record the codec cannot write is reported `rejected` by the client and never sent. The others are
 * sorted by (record id, version) and split so that no message exceeds the profile's limits (the
 * contract's 500 records and 4 MiB). Each message's id is derived from the receiver and its records' ids
 * and versions: a retry sends the same bytes and gets the first receipt back; a re-run later sends the
 * same id with another `sendTime`, which the platform refuses as already used (`E_IDEMPOTENCY_MISMATCH`),
 * and the client reports those records `duplicate`, judged by the earlier message. Every receipt is
 * decoded and its body digest verified before it is believed (`E_BODY_DIGEST` otherwise, never accepted
 * silently), and must answer the message record by record. Partial acceptance is data, not an
 * exception: one result per input record, in input order. A message that fails after the transport's
 * retries ends the call with its error; publishing the same records again is safe.
 *
 * @example
 * const outcome = await client.publish(penalties, { messageType: 'XZCF', receiverCode: '11420100CBG000023H',
 *   resourceCode: 'WH-XZCF' });
 * for (const result of outcome.results) if (result.status === 'rejected') report(result.index, result.errors);
 */
export async function publish<M extends RecordMessageType>(
  caller: ExchangeCaller,
  records: readonly ExchangeRecordOf<M>[],
  options: PublishOptions<M>,
): Promise<PublishOutcome> {
  checkOptions(records, options);
  const { senderCode, regionCode, encoding, digestAlgorithm, profile } = caller.options;
  const limits = { maxRecords: profile.limits.maxRecords, maxBytes: profile.limits.maxBodyBytes };
  const headerOf = (messageId: string, sendTime: string): ExchangeHeaderInput => ({
    messageId,
    ...(options.correlationId === undefined ? {} : { correlationId: options.correlationId }),
    senderCode,
    receiverCode: options.receiverCode,
    regionCode,
    sendTime,
    ...(options.resourceCode === undefined ? {} : { resourceCode: options.resourceCode }),
  });
  const encode = (some: readonly ExchangeRecordOf<M>[], header: ExchangeHeaderInput, maxBytes: number) =>
    encodeExchangeMessage(
      // The pairing of `messageType` and its records is what `ExchangeRecordOf<M>` fixes.
      { messageType: options.messageType, header, records: some } as ExchangeMessage,
      { encoding, digestAlgorithm, maxBytes },
    );
  const measureHeader = headerOf(MEASURE_ID, sendTimeOf(caller.options.http.clock()));
  const { batches, unsendable } = planMessages(
    records,
    {
      measure: (record) => caller.sizes.sizeOf(options.messageType, record),
      alone: (record) => encode([record], measureHeader, Number.POSITIVE_INFINITY).length,
    },
    limits,
  );
  const results: (PublishRecordResult | undefined)[] = new Array(records.length);
  for (const refused of unsendable)
    results[refused.index] = { ...refused, status: 'rejected', judgedBy: 'client' };
  const messages: PublishedMessage[] = [];
  for (const [position, batch] of batches.entries()) {
    const sent = await publishOne(caller, batch, options, {
      position,
      total: batches.length,
      encode: (messageId) =>
        encode(
          batch.map((item) => item.record),
          headerOf(messageId, sendTimeOf(caller.options.http.clock())),
          limits.maxBytes,
        ),
    });
    messages.push(sent.message);
    for (const result of sent.results) results[result.index] = result;
  }
  const merged = results as PublishRecordResult[];
  const count = (status: PublishRecordResult['status']) => merged.filter((r) => r.status === status).length;
  return {
    results: merged,
    accepted: count('accepted'),
    duplicate: count('duplicate'),
    rejected: count('rejected'),
    messages,
  };
}

async function publishOne<T>(
  caller: ExchangeCaller,
  batch: readonly PlannedRecord<T>[],
  options: PublishOptions,
  plan: { position: number; total: number; encode: (messageId: string) => Uint8Array },
): Promise<{ message: PublishedMessage; results: PublishRecordResult[] }> {
  const { senderCode, encoding, profile } = caller.options;
  const messageId = deriveMessageId({
    senderCode,
    receiverCode: options.receiverCode,
    messageType: options.messageType,
    records: batch,
  });
  const body = plan.encode(messageId);
  caller.emit({
    type: 'message',
    operation: 'publish',
    message: plan.position + 1,
    messages: plan.total,
    messageId,
    messageType: options.messageType,
    records: batch.length,
    bytes: body.length,
    encoding,
  });
  const base = (item: PlannedRecord<T>) => ({
    index: item.index,
    recordId: item.recordId,
    version: item.version,
    messageId,
  });
  let answer: Awaited<ReturnType<ExchangeCaller['send']>>;
  try {
    answer = await caller.send({
      op: 'publishMessage',
      operation: 'publish',
      body,
      contentType: `${profile.contentTypes.message}; charset=${encoding}`,
      accept: 'application/xml',
      // The contract: the same bytes under the same messageId return the first receipt.
      repeatable: true,
      signal: options.signal,
    });
  } catch (error) {
    if (!isPlatformError(error) || error.errorCode !== 'E_IDEMPOTENCY_MISMATCH') throw error;
    // The id is derived from these record versions and this receiver: an earlier run published them.
    caller.emit({
      type: 'receipt',
      operation: 'publish',
      messageId,
      status: 'EARLIER_MESSAGE',
      accepted: 0,
      duplicate: batch.length,
      rejected: 0,
      codes: [],
    });
    return {
      message: {
        messageId,
        records: batch.length,
        bytes: body.length,
        requestId: error.requestId ?? '',
        attempts: error.attempts,
        outcome: 'earlier-message',
      },
      results: batch.map((item) => ({ ...base(item), status: 'duplicate', judgedBy: 'earlier-message' })),
    };
  }
  const { response, context } = answer;
  const { header, receipt } = readReceipt(response.body, context, {
    messageId,
    senderCode,
    recordIds: batch.map((item) => item.recordId),
  });
  const messageErrors: ExchangeReceiptError[] = receipt.errors ?? [];
  const results: PublishRecordResult[] = batch.map((item, at) => {
    const result = receipt.results?.[at];
    if (result === undefined) {
      return { ...base(item), status: 'rejected', errors: messageErrors, judgedBy: 'receipt' };
    }
    return {
      ...base(item),
      status: result.status,
      ...(result.errors === undefined ? {} : { errors: result.errors }),
      judgedBy: 'receipt',
    };
  });
  const codes = new Set([
    ...messageErrors.map((error) => error.code),
    ...(receipt.results ?? []).flatMap((result) => result.errors?.map((error) => error.code) ?? []),
  ]);
  caller.emit({
    type: 'receipt',
    operation: 'publish',
    messageId,
    status: receipt.status,
    accepted: receipt.acceptedCount,
    duplicate: receipt.duplicateCount,
    rejected: results.filter((result) => result.status === 'rejected').length,
    codes: [...codes],
  });
  return {
    message: {
      messageId,
      records: batch.length,
      bytes: body.length,
      requestId: response.requestId,
      attempts: response.attempts,
      outcome: 'receipt',
      receipt,
      receiptMessageId: header.messageId,
    },
    results,
  };
}
