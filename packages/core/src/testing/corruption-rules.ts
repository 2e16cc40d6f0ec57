import type { RecordType } from '../model/record-type.js';

/**
 * The ways `corruptRecord` can break a valid record, one rule each:
 * - `uscc_checksum`: a USCC with a wrong GB 32100 check character;
 * - `id_checksum`: an identity number with a wrong GB 11643 check character;
 * - `missing_required`: a required field removed;
 * - `future_date`: a decision or event date moved decades past today;
 * - `date_order`: a period that ends before it starts (for a repair: a history step earlier than the one before);
 * - `bad_enum`: a code replaced by a value outside its code table (the Chinese wire word, as careless
 *   mappings leak it);
 * - `fine_missing`: 罚款 among the kinds but no fine amount (penalties only).
 */
export const CORRUPTION_RULES = [
  'uscc_checksum',
  'id_checksum',
  'missing_required',
  'future_date',
  'date_order',
  'bad_enum',
  'fine_missing',
] as const;

/** One of {@link CORRUPTION_RULES}. */
export type CorruptionRule = (typeof CORRUPTION_RULES)[number];

const COMMON = {
  uscc_checksum: 'E_USCC_CHECKSUM',
  id_checksum: 'E_ID_CHECKSUM',
  missing_required: 'E_REQUIRED',
  future_date: 'E_DATE_FUTURE',
  date_order: 'E_DATE_ORDER',
  bad_enum: 'E_ENUM',
} as const;

/**
 * The one issue code `validateRecord` reports for a record that `corruptRecord` broke by each rule, per
 * record type. A rule missing for a type (`fine_missing` outside penalties) does not apply to it.
 *
 * @example
 * const broken = corruptRecord(random, penalty, 'fine_missing');
 * validateRecord('penalty', broken); // { ok: false, issues: [{ code: CORRUPTION_ISSUE_CODES.penalty.fine_missing, … }] }
 */
export const CORRUPTION_ISSUE_CODES: Readonly<Record<RecordType, Partial<Record<CorruptionRule, string>>>> = {
  penalty: { ...COMMON, fine_missing: 'E_FINE_REQUIRED' },
  license: COMMON,
  blacklist: COMMON,
  // A repair has no period; its time order is the history's, which validation reports as E_HISTORY_ORDER.
  repair: { ...COMMON, date_order: 'E_HISTORY_ORDER' },
};
