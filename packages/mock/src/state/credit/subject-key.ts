import {
  normalizeIdentifier,
  redactText,
  type Subject,
  validateIdNumber,
  validateUscc,
} from '@credit-bridge/core';
import type { Issue, SubjectKey } from './credit-types.js';

/** A subject key checked and normalised, or why it is not one. */
export type SubjectKeyResult =
  | { readonly ok: true; readonly key: SubjectKey }
  | { readonly ok: false; readonly issue: Issue };

/**
 * Checks a subject identifier the way the platform does: a USCC by GB 32100 (strict), an identity number by
 * GB 11643 with `today` as the latest birth date. The key comes back in machine form.
 *
 * @example
 * checkSubjectKey({ uscc: '91420103cb0001019a' }, '2026-01-06'); // { ok: true, key: { uscc: '91420103CB0001019A' } }
 */
export function checkSubjectKey(key: SubjectKey, today: string): SubjectKeyResult {
  if ('uscc' in key) {
    const result = validateUscc(key.uscc);
    return result.ok
      ? { ok: true, key: { uscc: result.value } }
      : { ok: false, issue: { code: result.code, field: 'uscc', message: redactText(result.message) } };
  }
  const result = validateIdNumber(key.idNumber, { today });
  return result.ok
    ? { ok: true, key: { idNumber: result.value } }
    : { ok: false, issue: { code: result.code, field: 'idNumber', message: redactText(result.message) } };
}

/**
 * Whether a record's subject is the one a key names: a USCC names a legal person or an individual business,
 * an identity number a natural person; both sides are compared in machine form.
 */
export function subjectMatches(subject: Subject, key: SubjectKey): boolean {
  if ('uscc' in key) {
    return (
      subject.category !== 'natural_person' &&
      normalizeIdentifier(subject.uscc) === normalizeIdentifier(key.uscc)
    );
  }
  return (
    subject.category === 'natural_person' &&
    normalizeIdentifier(subject.idNumber) === normalizeIdentifier(key.idNumber)
  );
}
