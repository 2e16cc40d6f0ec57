import { CreditBridgeError } from '../errors/credit-bridge-error.js';

// GB 11643-1999 check, ISO 7064 MOD 11-2: W_i = 2^(18−i) mod 11 for positions 1..17.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
// Check character by R = Σ a_i·W_i mod 11, for R = 0..10.
const CHECK_CHARS = '10X98765432';

/**
 * Computes the 18th character of a citizen identity number (GB 11643-1999, ISO 7064 MOD 11-2) from
 * its first 17 digits. Returns a digit or `X`.
 * Throws `CreditBridgeError` `E_ID_LENGTH` or `E_ID_CHARSET` on bad input.
 *
 * @example
 * computeIdNumberCheckChar('11010519491231002'); // 'X'
 */
export function computeIdNumberCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new CreditBridgeError({
      code: 'E_ID_LENGTH',
      message: `[computeIdNumberCheckChar] expected 17 digits, got ${first17.length} characters`,
    });
  }
  if (!/^\d{17}$/.test(first17)) {
    throw new CreditBridgeError({
      code: 'E_ID_CHARSET',
      message: '[computeIdNumberCheckChar] the first 17 characters must be digits',
    });
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}
