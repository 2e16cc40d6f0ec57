import { maskIdNumber, maskName, redactText } from '@credit-bridge/core';

// Domain paths and wire names whose values identify a person (domain reference §8, PIPL).
const ID_FIELD = /(^|\.)(idNumber|legalRepIdNumber)$|_(ZJHM|SFZ|SFZH)$/i;
const PERSON_NAME_FIELD = /(^|\.)legalRepresentative$|_(FRDB|FR|FDDBR)$/i;
const SUBJECT_NAME_FIELD = /^subject\.name$|_(XDR_MC|XDR|ZTMC)$/i;

/**
 * A value for an issue or a dead letter, masked for the field it belongs to: identity numbers keep
 * 3 + 4 characters, persons' names their surname. A subject's name is masked unless the subject is
 * known to be an organisation (`personSubject: false`), since a rejected row may not say which it is.
 * Anything else passes through `redactText`, which catches identity and phone numbers in free text.
 */
export function maskValue(field: string, value: string, options: { personSubject?: boolean } = {}): string {
  if (ID_FIELD.test(field)) return maskIdNumber(value);
  if (PERSON_NAME_FIELD.test(field)) return maskName(value);
  if (SUBJECT_NAME_FIELD.test(field) && options.personSubject !== false) return maskName(value);
  return redactText(value);
}
