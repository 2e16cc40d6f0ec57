import { normalizeIdentifier, validateIdNumber } from '@credit-bridge/core';

/** A subject named on the command line: a USCC or an identity number. */
export type SubjectArg = { readonly uscc: string } | { readonly idNumber: string };

// GB 11643: six address digits, then a birth date from 1800 on; a USCC never reads like that and
// starts with its registering department's code.
const LOOKS_LIKE_ID_NUMBER =
  /^[1-8]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]$/;

/**
 * Reads a command-line identifier as a subject key: an identity number when it has the shape of one
 * (GB 11643) or passes its check, otherwise a USCC. Full-width characters, spaces and hyphens are
 * normalised first; validity is left to the caller (the platform reports an invalid one).
 *
 * @example
 * parseSubjectArg('91420111CB0001035J'); // { uscc: '91420111CB0001035J' }
 * parseSubjectArg('11010519491231002x'); // { idNumber: '11010519491231002X' }
 */
export function parseSubjectArg(text: string): SubjectArg {
  const value = normalizeIdentifier(text);
  if (LOOKS_LIKE_ID_NUMBER.test(value) || validateIdNumber(value).ok) return { idNumber: value };
  return { uscc: value };
}
