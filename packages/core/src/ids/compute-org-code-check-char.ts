import { CreditBridgeError } from '../errors/credit-bridge-error.js';

// GB 11714-1997 weights for the 8 body characters.
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const BODY_CHAR = /^[0-9A-Z]$/;

/**
 * Computes the check character of an organisation code (GB 11714) from its 8 body characters
 * (digits and upper-case letters, machine form). Returns a digit or `X`.
 * Throws `CreditBridgeError` `E_ORG_LENGTH` or `E_ORG_CHARSET` on bad input.
 *
 * @example
 * computeOrgCodeCheckChar('M000100Y'); // '4'
 */
export function computeOrgCodeCheckChar(first8: string): string {
  if (first8.length !== 8) {
    throw new CreditBridgeError({
      code: 'E_ORG_LENGTH',
      message: `[computeOrgCodeCheckChar] expected 8 characters, got ${first8.length}`,
    });
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const char = first8.charAt(i);
    if (!BODY_CHAR.test(char)) {
      throw new CreditBridgeError({
        code: 'E_ORG_CHARSET',
        message: `[computeOrgCodeCheckChar] position ${i + 1} must be a digit or an upper-case letter`,
      });
    }
    // GB 11714: digits keep their value, letters A–Z count 10–35.
    const value = char <= '9' ? char.charCodeAt(0) - 48 : char.charCodeAt(0) - 55;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}
