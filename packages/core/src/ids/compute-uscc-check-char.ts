import { CreditBridgeError } from '../errors/credit-bridge-error.js';

/**
 * The 31 characters of the GB 32100 code set (table 1): digits and upper-case letters without
 * I, O, Z, S and V. A character's value is its index.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// GB 32100 check: W_i = 3^(i-1) mod 31 for positions 1..17.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Computes the 18th character of a unified social credit code (GB 32100) from its first 17
 * characters, which must already be in machine form (see `normalizeIdentifier`).
 * Throws `CreditBridgeError` `E_USCC_LENGTH` or `E_USCC_CHARSET` on bad input.
 *
 * @example
 * computeUsccCheckChar('91350100M000100Y4'); // '3'
 */
export function computeUsccCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new CreditBridgeError({
      code: 'E_USCC_LENGTH',
      message: `[computeUsccCheckChar] expected 17 characters, got ${first17.length}`,
    });
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) {
      throw new CreditBridgeError({
        code: 'E_USCC_CHARSET',
        message: `[computeUsccCheckChar] position ${i + 1} is not in the GB 32100 code set`,
      });
    }
    sum += value * (WEIGHTS[i] ?? 0);
  }
  // C18 = 31 − (S mod 31), where 31 stands for 0; the outer `% 31` avoids indexing past the set.
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}
