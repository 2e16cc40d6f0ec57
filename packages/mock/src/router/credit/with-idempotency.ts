import { requestFingerprint } from '../../state/credit/idempotency-cache.js';
import { shanghaiSeconds } from '../../state/credit/shanghai-seconds.js';
import { type Answer, failureAnswer } from '../answer.js';
import { paramTypeAnswer, requiredAnswer } from '../request-input.js';
import type { OperationContext } from './operation-context.js';

const KEY = /^[A-Za-z0-9-]{16,64}$/;

/**
 * Runs `handle` under the request's `Idempotency-Key` (the profile's header): absent and `required` is 400
 * `E_REQUIRED`; malformed is 400 `E_PARAM_TYPE`; a key seen with the same method, path and body replays the
 * first answer byte for byte with `Idempotent-Replayed: true`; with another body it is 409
 * `E_IDEMPOTENCY_MISMATCH`. An answer is kept unless its status (before `always-200`) is 5xx.
 */
export function withIdempotency(
  context: OperationContext & { readonly appKey: string; readonly method: string; readonly path: string },
  required: boolean,
  handle: () => Answer,
): Answer & { readonly replayed?: boolean } {
  const { keyHeader, replayedHeader } = context.profile.idempotency;
  const key = context.header(keyHeader);
  if (key === undefined || key === '') {
    return required ? requiredAnswer(context, keyHeader, 'required on every batch POST') : handle();
  }
  if (!KEY.test(key)) return paramTypeAnswer(context, keyHeader, 'must be 16-64 of [A-Za-z0-9-]');
  const cache = context.platform.idempotency;
  const fingerprint = requestFingerprint(context.method, context.path, context.body);
  const found = cache.lookup(context.appKey, key, fingerprint);
  if (found.kind === 'replay') {
    const response = {
      ...found.response,
      headers: { ...found.response.headers, [replayedHeader.toLowerCase()]: 'true' },
    };
    return { response, logicalStatus: found.response.status, replayed: true };
  }
  if (found.kind === 'mismatch') {
    return failureAnswer(context, {
      status: 409,
      gateway: 'failure',
      errorCode: 'E_IDEMPOTENCY_MISMATCH',
      message: `${keyHeader} reused with a different body`,
      details: [
        {
          code: 'E_IDEMPOTENCY_MISMATCH',
          field: keyHeader,
          message: `first used ${shanghaiSeconds(found.firstUsedAt)} with another body`,
        },
      ],
    });
  }
  const answer = handle();
  if (answer.logicalStatus < 500) cache.store(context.appKey, key, fingerprint, answer.response);
  return answer;
}
