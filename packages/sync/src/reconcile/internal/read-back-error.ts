import { errorCodeOf } from '@credit-bridge/credit-platform';
import type { ReconcileReadBackError } from '../reconcile-report.js';

/** A failed read-back as the report lists it (credit-bridge errors are already masked). */
export function readBackError(
  operation: ReconcileReadBackError['operation'],
  about: { recordId: string } | { subject: string },
  error: unknown,
): ReconcileReadBackError {
  const code = errorCodeOf(error);
  return {
    operation,
    ...about,
    ...(code === undefined ? {} : { code }),
    message: error instanceof Error ? error.message : String(error),
  };
}
