import { CreditBridgeError } from '@credit-bridge/core';

/**
 * A required text argument within the contract's length, or `CreditBridgeError` `E_ARGUMENT` before
 * anything is sent.
 *
 * @example
 * requireText('reports.request', 'purpose', options.purpose, 200);
 */
export function requireText(operation: string, name: string, value: unknown, maxLength: number): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > maxLength) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[${operation}] ${name} must be 1–${maxLength} characters of text`,
    });
  }
  return value;
}
