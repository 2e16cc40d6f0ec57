import { isCreditBridgeError } from '@credit-bridge/core';

/** Calls `fn` and returns the code of the CreditBridgeError it throws (`undefined` when it does not throw). */
export function thrownCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'not a CreditBridgeError';
  }
  return undefined;
}
