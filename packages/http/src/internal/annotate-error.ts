import { redact } from '@credit-bridge/core';
import { isTransportError } from '../errors/transport-error.js';

/**
 * Records on a transport error facts only a layer above the one that raised it knows: the final attempt
 * count (the retry layer) and extra details (e.g. `budgetExhausted`). Errors are built by the layer that
 * saw the failure; rebuilding them here would lose their class, so the two fields are set in place.
 */
export function annotateError<T>(
  error: T,
  update: { attempts?: number; details?: Record<string, unknown> },
): T {
  if (!isTransportError(error)) return error;
  if (update.attempts !== undefined) {
    Object.defineProperty(error, 'attempts', {
      value: update.attempts,
      enumerable: true,
      configurable: true,
    });
  }
  if (update.details !== undefined) {
    const details = Object.freeze(redact({ ...error.details, ...update.details }));
    Object.defineProperty(error, 'details', { value: details, enumerable: true, configurable: true });
  }
  return error;
}
