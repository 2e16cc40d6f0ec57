import { computeOrgCodeCheckChar } from './compute-org-code-check-char.js';
import { normalizeIdentifier } from './normalize-identifier.js';

/** Why an organisation code was rejected. */
export type OrgCodeErrorCode = 'E_ORG_EMPTY' | 'E_ORG_LENGTH' | 'E_ORG_CHARSET' | 'E_ORG_CHECKSUM';

/** Outcome of {@link validateOrgCode}. */
export type OrgCodeResult =
  | { ok: true /** Machine form: 8 body characters and the check character, no hyphen. */; value: string }
  | { ok: false; code: OrgCodeErrorCode; message: string };

/**
 * Validates an organisation code (组织机构代码, GB 11714-1997): 8 body characters (digits or upper-case
 * letters) and a check character (digit or `X`). The human form `xxxxxxxx-X`, full-width characters
 * and lower case are accepted and normalised first.
 *
 * @example
 * validateOrgCode('M000100Y-4'); // { ok: true, value: 'M000100Y4' }
 */
export function validateOrgCode(input: string): OrgCodeResult {
  const value = typeof input === 'string' ? normalizeIdentifier(input) : '';
  if (value === '') return { ok: false, code: 'E_ORG_EMPTY', message: 'organisation code is empty' };
  if (value.length !== 9) {
    return {
      ok: false,
      code: 'E_ORG_LENGTH',
      message: `organisation code must be 9 characters (8 + check), got ${value.length}`,
    };
  }
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(value)) {
    return {
      ok: false,
      code: 'E_ORG_CHARSET',
      message: 'organisation code must be 8 digits or upper-case letters followed by a digit or X',
    };
  }
  const expected = computeOrgCodeCheckChar(value.slice(0, 8));
  if (expected !== value.charAt(8)) {
    return {
      ok: false,
      code: 'E_ORG_CHECKSUM',
      message: `organisation code check character should be '${expected}', got '${value.charAt(8)}'`,
    };
  }
  return { ok: true, value };
}

/**
 * True when {@link validateOrgCode} accepts the input.
 *
 * @example
 * isValidOrgCode('M000100Y4'); // true
 */
export function isValidOrgCode(input: string): boolean {
  return validateOrgCode(input).ok;
}
