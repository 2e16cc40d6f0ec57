import { CreditBridgeError } from '@credit-bridge/core';
import type { MirrorErrorCode } from '../mirror-error-code.js';

/** A mirror error with the operation in its message (`[mirror refresh] …`). */
export function mirrorError(
  code: MirrorErrorCode,
  operation: string,
  message: string,
  details: Record<string, unknown> = {},
  cause?: unknown,
): CreditBridgeError<MirrorErrorCode> {
  return new CreditBridgeError({
    code,
    message: `[mirror ${operation}] ${message}`,
    // A conflict clears once the other refresher is done and this one reloads; nothing else does by itself.
    retryable: code === 'E_MIRROR_CONFLICT',
    details,
    ...(cause === undefined ? {} : { cause }),
  });
}
