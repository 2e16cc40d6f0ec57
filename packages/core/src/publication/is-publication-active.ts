import { type CalendarDate, compareDates } from '../time/index.js';
import { computePublicationPeriod, type PublicationInput } from './compute-publication-period.js';

/**
 * Whether the information is still published on `onDate` by the period rules alone: from the decision date
 * up to, not including, the automatic expiry date. An approved repair ends publication earlier; that is the
 * repair workflow's business, not this check's.
 *
 * @example
 * isPublicationActive({ recordType: 'penalty', decisionDate: '2025-07-15', severity: 'general' }, '2026-07-14'); // true
 */
export function isPublicationActive(input: PublicationInput, onDate: CalendarDate): boolean {
  const period = computePublicationPeriod(input);
  if (!period.published || period.autoExpiryDate === null) return false;
  return compareDates(input.decisionDate, onDate) <= 0 && compareDates(onDate, period.autoExpiryDate) < 0;
}
