import {
  type CreditPlatformOperation,
  type RecordOf,
  type RecordType,
  resolvePath,
} from '@credit-bridge/core';
import { z } from 'zod';
import type { EncodedRecord } from '../model/encoded-record.js';
import { platformIssueSchema } from '../model/platform-issue.js';
import type { BatchReceipt, RecordResult, SubmitOutcome } from '../model/submit-outcome.js';
import { batchBody, batchBodyOverhead } from './batch-body.js';
import { batchIdempotencyKey } from './batch-idempotency-key.js';
import type { PlatformCaller } from './create-platform-caller.js';
import { mergeBatchResults } from './merge-batch-results.js';
import { type PreparedRecord, prepareRecord } from './prepare-record.js';
import { splitBatches } from './split-batches.js';

/** What a submission needs to know about its operation. */
export interface SubmitSpec<T extends RecordType> {
  type: T;
  op: CreditPlatformOperation;
  operation: string;
  records: readonly RecordOf<T>[];
  signal?: AbortSignal | undefined;
  /** Encodings from the client's `encode`, by input position (see `SubmitOptions`). */
  encoded?: readonly (EncodedRecord | undefined)[] | undefined;
}

/** The contract's `BatchResult`. */
const batchResultSchema = z.object({
  received: z.number().int().min(1),
  accepted: z.number().int().min(0),
  duplicate: z.number().int().min(0),
  rejected: z.number().int().min(0),
  results: z.array(
    z.object({
      index: z.number().int().min(0),
      recordId: z.string().nullable(),
      status: z.enum(['accepted', 'duplicate', 'rejected']),
      errors: z.array(platformIssueSchema).min(1).optional(),
    }),
  ),
});

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Submits records of one type: pre-checks and encodes each locally, sorts the sendable ones by (record
 * id, version) so that the same records always form the same batches and bodies, splits them by the
 * profile's record and byte limits, sends the batches one after another, each under an idempotency key
 * derived from its records' ids and versions, and merges every result back into input order. A batch
 * that fails after the transport's retries ends the call with its error; running the same submission
 * again is safe, because the batches already stored are replayed or judged `duplicate`.
 *
 * @example
 * const outcome = await submitRecords(caller, { type: 'penalty', op: 'penaltiesSubmit', operation: 'penalties.submit', records });
 */
export async function submitRecords<T extends RecordType>(
  caller: PlatformCaller,
  spec: SubmitSpec<T>,
): Promise<SubmitOutcome> {
  const { profile } = caller;
  const results: (RecordResult | undefined)[] = new Array(spec.records.length);
  const sendable: PreparedRecord[] = [];
  const context = {
    profile,
    precheck: caller.options.precheck,
    overheadBytes: batchBodyOverhead('records'),
    encoder: caller.encoder,
  };
  spec.records.forEach((record, index) => {
    const prepared = prepareRecord(context, spec.type, record, index, spec.encoded?.[index]);
    if ('encoding' in prepared) sendable.push(prepared);
    else results[index] = prepared;
  });
  const localRejected = spec.records.length - sendable.length;
  if (spec.records.length > 0 && caller.options.precheck !== 'off') {
    const codes = new Set(results.flatMap((result) => result?.errors?.map((issue) => issue.code) ?? []));
    caller.emit({
      type: 'precheck',
      operation: spec.operation,
      checked: spec.records.length,
      rejected: localRejected,
      codes: [...codes],
    });
  }
  // Sorting makes batches independent of input order: the same records give the same keys and bodies.
  sendable.sort(
    (a, b) => compareCodeUnits(a.recordId, b.recordId) || a.version - b.version || a.index - b.index,
  );
  const batches = splitBatches(sendable, {
    maxItems: profile.batchLimits.recordsPerBatch,
    maxBytes: profile.batchLimits.maxBodyBytes,
    overheadBytes: batchBodyOverhead('records'),
  });
  const receipts: BatchReceipt[] = [];
  for (const [position, positions] of batches.entries()) {
    const batch = positions.map((at) => sendable[at] as PreparedRecord);
    const body = batchBody('records', batch);
    const idempotencyKey = batchIdempotencyKey(
      spec.op,
      batch.map((item) => ({ key: item.recordId, version: item.version })),
    );
    const bytes = body.byteLength;
    caller.emit({
      type: 'batch',
      operation: spec.operation,
      batch: position + 1,
      batches: batches.length,
      records: batch.length,
      bytes,
      idempotencyKey,
    });
    const answer = await caller.call({
      op: spec.op,
      operation: spec.operation,
      body,
      idempotencyKey,
      signal: spec.signal,
      data: batchResultSchema,
    });
    mergeBatchResults(
      {
        results: answer.data.results,
        sent: batch.length,
        context: {
          method: 'POST',
          path: resolvePath(profile, spec.op),
          operation: spec.operation,
          requestId: answer.requestId,
          attempts: answer.attempts,
        },
        dataField: profile.envelope.fields.data,
        data: answer.data,
        check: (result) =>
          result.recordId === batch[result.index]?.recordId
            ? undefined
            : { field: 'recordId', message: `the record id sent at index ${result.index}` },
      },
      (result) => {
        const sent = batch[result.index] as PreparedRecord;
        results[sent.index] = {
          index: sent.index,
          recordId: result.recordId,
          status: result.status,
          ...(result.errors === undefined ? {} : { errors: result.errors }),
          judgedBy: 'platform',
        };
      },
    );
    receipts.push({
      idempotencyKey,
      requestId: answer.requestId,
      records: batch.length,
      bytes,
      attempts: answer.attempts,
      replayed: answer.replayed,
    });
  }
  const merged = results as RecordResult[];
  const count = (status: RecordResult['status']) =>
    merged.filter((result) => result.status === status).length;
  return {
    results: merged,
    accepted: count('accepted'),
    duplicate: count('duplicate'),
    rejected: count('rejected'),
    batches: receipts,
  };
}
