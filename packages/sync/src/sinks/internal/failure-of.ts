import { isCreditBridgeError, redactText } from '@credit-bridge/core';
import type { SinkFailure } from '../sink.js';

/**
 * What a failed delivery's error says, for the outcomes and the report: a credit-bridge error's code,
 * message and `retryable`; anything else is an unexpected failure, retried like a network error.
 *
 * @example
 * failureOf(error); // { code: 'E_HTTP_STATUS', message: '[POST /api/v1/penalties:batch] 503: …', retryable: true }
 */
export function failureOf(error: unknown): SinkFailure {
  if (isCreditBridgeError(error)) {
    return { code: error.code, message: error.message, retryable: error.retryable };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'E_SYNC_DELIVERY', message: redactText(message), retryable: true };
}
