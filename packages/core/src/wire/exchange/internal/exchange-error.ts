import { CreditBridgeError } from '../../../errors/credit-bridge-error.js';
import type { ExchangeErrorCode } from '../exchange-error-code.js';

/** The operation an exchange codec error comes from, named at the start of its message. */
export type ExchangeOperation = 'encodeExchangeMessage' | 'decodeExchangeMessage' | 'measureExchangeRecord';

/** A {@link CreditBridgeError} with an exchange codec code and a message naming the operation. */
export function exchangeError(
  operation: ExchangeOperation,
  code: ExchangeErrorCode,
  message: string,
  details?: Record<string, unknown>,
): CreditBridgeError<ExchangeErrorCode> {
  return new CreditBridgeError({
    code,
    message: `[${operation}] ${message}`,
    ...(details === undefined ? {} : { details }),
  });
}
