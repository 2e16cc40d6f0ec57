import { CreditBridgeError, normalizeIdentifier, type Subject } from '@credit-bridge/core';
import type { PlatformIssue } from './platform-issue.js';

/** A subject as the platform looks it up: by exactly one identifier, a USCC or a 居民身份证 number. */
export type SubjectKey = { uscc: string } | { idNumber: string };

/** What operations take for a subject: its key, or a whole domain `Subject` (the key is read from it). */
export type SubjectRef = SubjectKey | Subject;

// The contract's `Uscc` and `IdNumber` schemas (docs/contracts/credit-platform.openapi.yaml).
const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const ID_NUMBER = /^[0-9]{17}[0-9X]$/;

function argument(message: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_ARGUMENT', message });
}

/**
 * The key of a subject, normalised (full-width forms, spaces and hyphens removed, upper case): the USCC of
 * a legal person or individual business, the identity number of a natural person. Throws
 * `CreditBridgeError` `E_ARGUMENT` when there is none the platform can look up: a natural person identified
 * by another document than the 居民身份证, or a key with both or neither identifier.
 *
 * @example
 * subjectKeyOf({ category: 'legal_person', name: '武汉示例科技有限公司', uscc: '91420103cb0001019a', legalRepresentative: '张样例' });
 * // { uscc: '91420103CB0001019A' }
 */
export function subjectKeyOf(subject: SubjectRef): SubjectKey {
  if ('category' in subject) {
    switch (subject.category) {
      case 'legal_person':
      case 'individual_business':
        return { uscc: normalizeIdentifier(subject.uscc) };
      case 'natural_person':
        if (subject.idType !== 'id_card') {
          throw argument(
            `[subjectKeyOf] the platform looks up natural persons by 居民身份证 only, not ${subject.idType}`,
          );
        }
        return { idNumber: normalizeIdentifier(subject.idNumber) };
    }
  }
  const uscc = 'uscc' in subject ? subject.uscc : undefined;
  const idNumber = 'idNumber' in subject ? subject.idNumber : undefined;
  if (typeof uscc === 'string' && idNumber === undefined) return { uscc: normalizeIdentifier(uscc) };
  if (typeof idNumber === 'string' && uscc === undefined) return { idNumber: normalizeIdentifier(idNumber) };
  throw argument('[subjectKeyOf] give exactly one of uscc and idNumber');
}

/**
 * What is wrong with a key's form under the contract (`Uscc`, `IdNumber` patterns), as a platform-style
 * issue; `undefined` when the form is right. Check characters are the platform's to judge.
 *
 * @example
 * subjectKeyProblem({ idNumber: '4201' }); // { code: 'E_PARAM_TYPE', field: 'idNumber', message: '…' }
 */
export function subjectKeyProblem(key: SubjectKey): PlatformIssue | undefined {
  if ('uscc' in key) {
    return USCC.test(key.uscc)
      ? undefined
      : { code: 'E_PARAM_TYPE', field: 'uscc', message: 'must be 18 characters of the GB 32100 code set' };
  }
  return ID_NUMBER.test(key.idNumber)
    ? undefined
    : {
        code: 'E_PARAM_TYPE',
        field: 'idNumber',
        message: 'must be 17 digits and a check character (0-9 or X)',
      };
}

/**
 * The key of a subject, checked: like {@link subjectKeyOf}, and a malformed key also throws `E_ARGUMENT`
 * (masked), so nothing malformed is sent.
 */
export function requireSubjectKey(subject: SubjectRef, operation: string): SubjectKey {
  const key = subjectKeyOf(subject);
  const problem = subjectKeyProblem(key);
  if (problem !== undefined) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[${operation}] ${problem.field}: ${problem.message}`,
      details: { subject: key },
    });
  }
  return key;
}
