import { type CalendarDate, compareDates } from '../time/index.js';
import { RULE_SET_IDS, RULE_SETS, type RuleSet } from './rule-sets.js';

/**
 * The newest national rule set in force on `date` (in force from that day, not yet superseded), or `undefined`
 * before 发改办财金〔2019〕527号 applied (2019-07-01). Local rule sets (`wuhan-2016-5y`) never win by default:
 * national rules prevail unless a caller names the local one.
 *
 * @example
 * ruleSetInForce('2025-06-22')?.id; // '2025-gbf22'
 */
export function ruleSetInForce(date: CalendarDate): RuleSet | undefined {
  let newest: RuleSet | undefined;
  for (const id of RULE_SET_IDS) {
    const ruleSet = RULE_SETS[id];
    if (ruleSet.scope !== 'national') continue;
    if (compareDates(ruleSet.inForceFrom, date) > 0) continue;
    if (ruleSet.supersededOn !== null && compareDates(ruleSet.supersededOn, date) <= 0) continue;
    if (newest === undefined || compareDates(ruleSet.inForceFrom, newest.inForceFrom) > 0) newest = ruleSet;
  }
  return newest;
}
