import { CREDIT_PLATFORM_SUBMIT_OPERATIONS, renameWireFields } from '@credit-bridge/core';
import { type Answer, renameIssues, successAnswer } from '../answer.js';
import {
  batchTooLargeAnswer,
  isObject,
  readJsonBody,
  requiredAnswer,
  validationAnswer,
} from '../request-input.js';
import type { OperationContext } from './operation-context.js';

/**
 * `penaltiesSubmit`, `licensesSubmit`, `blacklistSubmit`, `repairsSubmit`: `{ records: [...] }` with 1 to
 * `recordsPerBatch` wire rows in the profile's names; 200 with one result per record in input order.
 */
export function submitBatch(
  context: OperationContext,
  op: keyof typeof CREDIT_PLATFORM_SUBMIT_OPERATIONS,
): Answer {
  const { profile, platform } = context;
  const body = readJsonBody(context);
  if (!body.ok) return body.answer;
  if (!isObject(body.value)) return validationAnswer(context, 'body', 'must be a JSON object');
  const extra = Object.keys(body.value).find((key) => key !== 'records');
  if (extra !== undefined) return validationAnswer(context, extra, 'is not a property of the request');
  const records = body.value.records;
  if (records === undefined) return requiredAnswer(context, 'records');
  if (!Array.isArray(records)) return validationAnswer(context, 'records', 'must be an array');
  if (records.length === 0) return validationAnswer(context, 'records', 'must contain at least 1 item');
  const limit = profile.batchLimits.recordsPerBatch;
  if (records.length > limit) return batchTooLargeAnswer(context, 'records', records.length, limit);
  // Without renames the rows already carry core's names: judging only reads them, so no copy is needed.
  const renames = Object.values(profile.wireFieldRenames ?? {}).some((name) => typeof name === 'string');
  const rows = renames
    ? records.map((row: unknown) => (isObject(row) ? renameWireFields(profile, row, 'fromPlatform') : row))
    : records;
  const outcome = platform.state.submit(CREDIT_PLATFORM_SUBMIT_OPERATIONS[op], rows);
  return successAnswer(context, {
    ...outcome,
    results: outcome.results.map((result) =>
      result.errors === undefined ? result : { ...result, errors: renameIssues(profile, result.errors) },
    ),
  });
}
