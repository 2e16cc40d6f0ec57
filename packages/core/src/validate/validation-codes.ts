/**
 * The codes `validateRecord` reports besides those passed through from the identifier validators
 * (`E_USCC_*`, `E_ORG_*`, `E_ID_*`, warnings `W_USCC_CATEGORY`). Each maps to what it means, so a
 * README or a UI can list them.
 */
export const RECORD_VALIDATION_CODES = {
  E_REQUIRED: 'a required value is missing or blank',
  E_TYPE: 'a value has the wrong type (e.g. an identifier given as a number)',
  E_ENUM: 'a code is not in its code table',
  E_FORMAT: 'a value does not have the required form (date, timestamp, region code, USCC shape, SM3 digest)',
  E_TOO_LONG: 'a text or list is longer than its DDL column (domain reference §3.2)',
  E_RANGE: 'a number is out of range (version below 1, negative amount)',
  E_DUPLICATE: 'a list repeats a value',
  E_UNKNOWN_FIELD: 'a field the record type does not have',
  E_NOT_APPLICABLE: 'a field that does not apply in this state (removal data on a listing)',
  E_PLACEHOLDER_NEEDS_REGISTRATION: 'the 17×0+X placeholder USCC needs the 工商注册号 (代码_2)',
  E_USCC_PLACEHOLDER_NOT_ALLOWED: 'an authority or data source must have a real USCC',
  E_USCC_CATEGORY_MISMATCH: 'USCC prefix 92 ⇔ 个体工商户 (Hubei validator, §3.3)',
  E_DATE_FUTURE: 'a decision or event date lies after today',
  E_DATE_ORDER: 'a period ends before it starts',
  E_FINE_REQUIRED: 'the kinds include 罚款 but no fine amount is given',
  E_HISTORY_ORDER: 'repair history timestamps go backwards',
  E_STATUS_MISMATCH: "the last history entry's status differs from the repair status",
  E_DECISION_MISMATCH: 'the decision outcome contradicts the repair status',
} as const;

/** One of the keys of {@link RECORD_VALIDATION_CODES}. */
export type RecordValidationCode = keyof typeof RECORD_VALIDATION_CODES;
