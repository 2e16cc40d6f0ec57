import { maskIdNumber, normalizeIdentifier, type Subject } from '@credit-bridge/core';

/**
 * A subject for a report line: `uscc:<USCC>` (registration codes are public) or `idNumber:` and the ID
 * number masked (`420***********123X`), so a reconciliation report can be mailed around.
 */
export function maskedSubject(subject: Subject): string {
  return subject.category === 'natural_person'
    ? `idNumber:${maskIdNumber(normalizeIdentifier(subject.idNumber))}`
    : `uscc:${normalizeIdentifier(subject.uscc)}`;
}
