import { randomUUID } from 'node:crypto';
import {
  type BlacklistEntry,
  type CreditPlatformProfile,
  isCreditBridgeError,
  resolvePath,
} from '@credit-bridge/core';
import { z } from 'zod';
import { batchBody, batchBodyOverhead } from '../internal/batch-body.js';
import type { PlatformCaller } from '../internal/create-platform-caller.js';
import { mergeBatchResults } from '../internal/merge-batch-results.js';
import { recordSchema } from '../internal/record-codec.js';
import { splitBatches } from '../internal/split-batches.js';
import { subjectKeyOnWire } from '../internal/subject-key-on-wire.js';
import { timestampSchema } from '../internal/wire-values.js';
import type { CallOptions } from '../model/call-options.js';
import { type PlatformIssue, platformIssueSchema } from '../model/platform-issue.js';
import { type SubjectKey, type SubjectRef, subjectKeyOf, subjectKeyProblem } from '../model/subject-key.js';

/** One subject's blacklist status, at its position in the caller's input. */
export interface BlacklistCheckManyResult {
  index: number;
  /** The key that was checked; absent when none could be read from the input. */
  subject: SubjectKey | undefined;
  /** `invalid`: the identifier is malformed (found locally) or fails its check (found by the platform). */
  status: 'listed' | 'not_listed' | 'invalid';
  /** The entries in publication, when `listed`. */
  entries: BlacklistEntry[];
  errors?: PlatformIssue[] | undefined;
  /** When the platform checked it; absent for a subject found invalid locally. */
  checkedAt?: string | undefined;
}

interface BatchData {
  checkedAt: string;
  results: {
    index: number;
    status: 'listed' | 'not_listed' | 'invalid';
    entries?: BlacklistEntry[] | undefined;
    errors?: PlatformIssue[] | undefined;
  }[];
}

const schemas = new WeakMap<CreditPlatformProfile, z.ZodType<BatchData>>();

function batchSchema(profile: CreditPlatformProfile): z.ZodType<BatchData> {
  let schema = schemas.get(profile);
  if (schema === undefined) {
    schema = z.object({
      checkedAt: timestampSchema,
      results: z.array(
        z.object({
          index: z.number().int().min(0),
          status: z.enum(['listed', 'not_listed', 'invalid']),
          entries: z.array(recordSchema(profile, 'blacklist')).optional(),
          errors: z.array(platformIssueSchema).min(1).optional(),
        }),
      ),
    });
    schemas.set(profile, schema);
  }
  return schema;
}

function keyOrProblem(subject: SubjectRef): { key: SubjectKey } | { key?: SubjectKey; issue: PlatformIssue } {
  try {
    const key = subjectKeyOf(subject);
    const issue = subjectKeyProblem(key);
    return issue === undefined ? { key } : { key, issue };
  } catch (error) {
    if (!isCreditBridgeError(error)) throw error;
    return { issue: { code: 'E_REQUIRED', field: 'subject', message: error.message } };
  }
}

/**
 * `blacklist.checkMany`: the blacklist status of many subjects, in batches of the profile's
 * `subjectsPerCheck` (1,000 in the contract) within its body limit, results merged back into input order.
 * Malformed identifiers come back `invalid` without being sent. A check changes nothing, so each batch
 * carries a fresh idempotency key: a retry is replayed, a later run is answered anew.
 *
 * @example
 * const results = await client.blacklist.checkMany(applicants.map((a) => ({ uscc: a.uscc })));
 * const listed = results.filter((result) => result.status === 'listed');
 */
export async function checkBlacklistMany(
  caller: PlatformCaller,
  subjects: readonly SubjectRef[],
  options: CallOptions = {},
): Promise<BlacklistCheckManyResult[]> {
  const operation = 'blacklist.checkMany';
  const { profile } = caller;
  const results: BlacklistCheckManyResult[] = new Array(subjects.length);
  const sendable: { index: number; key: SubjectKey; json: string; bytes: number }[] = [];
  subjects.forEach((subject, index) => {
    const read = keyOrProblem(subject);
    if ('issue' in read) {
      results[index] = { index, subject: read.key, status: 'invalid', entries: [], errors: [read.issue] };
    } else {
      const json = JSON.stringify(subjectKeyOnWire(profile, read.key));
      sendable.push({ index, key: read.key, json, bytes: Buffer.byteLength(json) });
    }
  });
  if (sendable.length < subjects.length) {
    caller.emit({
      type: 'precheck',
      operation,
      checked: subjects.length,
      rejected: subjects.length - sendable.length,
      codes: [...new Set(results.flatMap((result) => result.errors?.map((issue) => issue.code) ?? []))],
    });
  }
  const batches = splitBatches(sendable, {
    maxItems: profile.batchLimits.subjectsPerCheck,
    maxBytes: profile.batchLimits.maxBodyBytes,
    overheadBytes: batchBodyOverhead('subjects'),
  });
  for (const [position, positions] of batches.entries()) {
    const batch = positions.map((at) => sendable[at] as (typeof sendable)[number]);
    const body = batchBody('subjects', batch);
    const idempotencyKey = randomUUID();
    caller.emit({
      type: 'batch',
      operation,
      batch: position + 1,
      batches: batches.length,
      records: batch.length,
      bytes: body.byteLength,
      idempotencyKey,
    });
    const answer = await caller.call({
      op: 'blacklistCheckBatch',
      operation,
      body,
      idempotencyKey,
      signal: options.signal,
      data: batchSchema(profile),
    });
    mergeBatchResults(
      {
        results: answer.data.results,
        sent: batch.length,
        context: {
          method: 'POST',
          path: resolvePath(profile, 'blacklistCheckBatch'),
          operation,
          requestId: answer.requestId,
          attempts: answer.attempts,
        },
        dataField: profile.envelope.fields.data,
        data: answer.data,
      },
      (result) => {
        const sent = batch[result.index] as (typeof batch)[number];
        results[sent.index] = {
          index: sent.index,
          subject: sent.key,
          status: result.status,
          entries: result.entries ?? [],
          ...(result.errors === undefined ? {} : { errors: result.errors }),
          checkedAt: answer.data.checkedAt,
        };
      },
    );
  }
  return results;
}
