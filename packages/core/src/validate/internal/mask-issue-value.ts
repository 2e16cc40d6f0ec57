import { maskIdNumber } from '../../mask/mask-id-number.js';
import { maskName } from '../../mask/mask-name.js';
import { redact, redactText } from '../../mask/redact.js';
import { type IssuePath, readString } from './read-path.js';

const ID_NUMBER_KEYS = new Set(['idNumber', 'legalRepIdNumber']);
const PERSON_CATEGORIES = new Set(['natural_person', 'individual_business']);

/**
 * The value to show in an issue: identity numbers masked, the names of natural persons, individual
 * businesses' operators and legal representatives masked (PIPL; Wuhan order 272 art. 19), free text
 * and nested objects redacted. `input` is the whole record, to learn the subject's category.
 */
export function maskIssueValue(input: unknown, path: IssuePath, value: unknown): unknown {
  const key = path[path.length - 1];
  if (typeof key === 'string' && ID_NUMBER_KEYS.has(key) && value !== undefined && value !== null) {
    return maskIdNumber(String(value));
  }
  if (typeof value === 'string') {
    if (key === 'legalRepresentative') return maskName(value);
    if (key === 'name' && path.length >= 2 && path[path.length - 2] === 'subject') {
      const category = readString(input, [...path.slice(0, -1), 'category']);
      if (category !== undefined && PERSON_CATEGORIES.has(category)) return maskName(value);
    }
    return redactText(value);
  }
  return redact(value);
}
