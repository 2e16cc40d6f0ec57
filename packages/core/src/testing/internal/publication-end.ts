import type { CreditSeverity } from '../../model/credit-severity.js';
import { computePublicationPeriod } from '../../publication/compute-publication-period.js';
import { ruleSetInForce } from '../../publication/rule-set-in-force.js';
import type { CalendarDate } from '../../time/index.js';

/** What {@link publicationEnd} needs to know. */
export interface PublicationEndInput {
  recordType: 'penalty' | 'blacklist';
  decisionDate: CalendarDate;
  severity: CreditSeverity;
  sector?: string | undefined;
}

// Batches draw decision dates from a few years, so results repeat; caching keeps 100 000 records cheap.
const cache = new Map<string, CalendarDate | null>();

/**
 * The day publication stops by itself under the rule set in force on the decision date, or `null` when
 * the information is not published (minor penalties under the 2025 and 2026 rules). Decisions before
 * the first national rule set (2019-07-01) are read under it, so any `today` works.
 */
export function publicationEnd(input: PublicationEndInput): CalendarDate | null {
  const key = `${input.recordType}|${input.decisionDate}|${input.severity}|${input.sector ?? ''}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const ruleSet = ruleSetInForce(input.decisionDate) === undefined ? '2019-527' : undefined;
  const end = computePublicationPeriod({ ...input, ruleSet }).autoExpiryDate;
  if (cache.size >= 100_000) cache.clear();
  cache.set(key, end);
  return end;
}
