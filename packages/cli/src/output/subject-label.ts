import { maskIdNumber } from '@credit-bridge/core';

/**
 * How a subject key is shown: a USCC in full (it is public), an identity number masked
 * (`110***********002X`, PIPL).
 *
 * @example
 * subjectLabel({ idNumber: '11010519491231002X' }); // '110***********002X'
 */
export function subjectLabel(
  key: { readonly uscc?: string; readonly idNumber?: string } | undefined,
): string {
  if (key === undefined) return '(none)';
  if (key.uscc !== undefined) return key.uscc;
  if (key.idNumber !== undefined) return maskIdNumber(key.idNumber);
  return '(none)';
}
