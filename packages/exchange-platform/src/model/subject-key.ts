import { CreditBridgeError } from '@credit-bridge/core';

/** The subject of a shared query: exactly one identifier (the contract's `SubjectKey`). */
export type ExchangeSubjectKey = { uscc: string } | { idNumber: string };

const USCC = /^[0-9A-Z]{18}$/;
const ID_NUMBER = /^[0-9]{17}[0-9X]$/;

/**
 * Checks a subject key locally, before anything is sent: exactly one of `uscc` (18 digits or upper-case
 * letters) and `idNumber` (17 digits and a digit or `X`). Throws `E_ARGUMENT`, identifiers masked.
 *
 * @example
 * requireSubjectKey('query', { uscc: '91420111CB0001035J' }); // { uscc: '91420111CB0001035J' }
 */
export function requireSubjectKey(operation: string, subject: unknown): ExchangeSubjectKey {
  const value = (typeof subject === 'object' && subject !== null ? subject : {}) as Record<string, unknown>;
  const keys = Object.keys(value);
  if (keys.length === 1 && typeof value.uscc === 'string' && USCC.test(value.uscc)) {
    return { uscc: value.uscc };
  }
  if (keys.length === 1 && typeof value.idNumber === 'string' && ID_NUMBER.test(value.idNumber)) {
    return { idNumber: value.idNumber };
  }
  throw new CreditBridgeError({
    code: 'E_ARGUMENT',
    message: `[${operation}] subject must be { uscc } (18 digits or upper-case letters) or { idNumber } (17 digits and a digit or X)`,
    details: { subject: value },
  });
}
