import { compareDates } from '@credit-bridge/core';
import { type CreditData, endedKey } from './credit-data.js';
import type { SubjectKey } from './credit-types.js';
import type { StoredVersion } from './record-store.js';
import { subjectMatches } from './subject-key.js';

/**
 * The blacklist entries of a subject that are in publication on `today`: the newest version lists the
 * subject, no approved repair ended it, and its 有效期至 (when given) has not passed.
 *
 * @example
 * blacklistInPublication(data, { uscc: '91420111CB0001035J' }, '2026-01-06').length > 0; // listed
 */
export function blacklistInPublication(
  data: CreditData,
  key: SubjectKey,
  today: string,
): StoredVersion<'blacklist'>[] {
  return data.stores.blacklist
    .all()
    .filter(
      ({ record }) =>
        record.action === 'list' &&
        subjectMatches(record.subject, key) &&
        !data.ended.has(endedKey('blacklist', record.recordId)) &&
        (record.validUntil === undefined || compareDates(today, record.validUntil) <= 0),
    );
}
