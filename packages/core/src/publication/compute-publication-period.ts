import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import { CREDIT_SEVERITIES, type CreditSeverity } from '../model/credit-severity.js';
import { addMonths, type CalendarDate, compareDates, isCalendarDate } from '../time/index.js';
import { ruleSetInForce } from './rule-set-in-force.js';
import { RULE_SET_IDS, RULE_SETS, type RuleSet, type RuleSetId } from './rule-sets.js';

/** Sectors with a rule of their own; any other sector string is accepted and has no special rule. */
export type PublicationSector = 'special_equipment' | 'work_safety' | 'fire_safety' | (string & {});

/** What the engine needs to know about one piece of dishonesty information. */
export interface PublicationInput {
  /** `penalty` = 行政处罚信息; `blacklist` = 严重失信主体名单信息. */
  recordType: 'penalty' | 'blacklist';
  /** The date of the judicial or administrative decision; every period runs from it. */
  decisionDate: CalendarDate;
  /** 失信程度 as classified by the deciding department. */
  severity: CreditSeverity;
  sector?: PublicationSector | undefined;
  /** The penalty kinds in the decision (e.g. 警告, 罚款); several kinds → the longest period applies. */
  penaltyKinds?: readonly string[] | undefined;
  /** Apply this rule set instead of the newest national one in force on the decision date. */
  ruleSet?: RuleSetId | undefined;
  /** For `minor` under the 2025/2026 rules: the department judged publication necessary (确有必要公示). */
  publishMinor?: boolean | undefined;
}

/** When the information may be repaired early and when its publication stops by itself. */
export interface PublicationPeriod {
  ruleSet: RuleSetId;
  /** First day an application for early termination can be made; `null` = not published or no early repair. */
  earliestRepairDate: CalendarDate | null;
  /** Publication stops automatically on this day; `null` = not published. */
  autoExpiryDate: CalendarDate | null;
  published: boolean;
  /** Why: the rule set chosen, the class and period applied, assumptions made. */
  notes: string[];
}

/**
 * Computes the publication period of a penalty or blacklist entry under a versioned rule set: by default the
 * newest national one in force on the decision date. Periods run from the decision date in calendar months,
 * clamped to the end of the month (01-31 + 1 month = 02-28/29).
 *
 * Blacklist entries (严重失信主体名单) use the `serious` class of the rule set, whatever severity is given: a
 * design assumption — the sources set periods for 失信信息 by class, and a listing is serious by definition.
 *
 * @example
 * computePublicationPeriod({ recordType: 'penalty', decisionDate: '2025-07-15', severity: 'general' });
 * // { ruleSet: '2025-gbf22', earliestRepairDate: '2025-10-15', autoExpiryDate: '2026-07-15', published: true, … }
 */
export function computePublicationPeriod(input: PublicationInput): PublicationPeriod {
  if (!isCalendarDate(input.decisionDate)) {
    throw inputError(`decisionDate ${JSON.stringify(input.decisionDate)} is not YYYY-MM-DD`, {
      decisionDate: input.decisionDate,
    });
  }
  if (!CREDIT_SEVERITIES.includes(input.severity)) {
    throw inputError(`unknown severity "${String(input.severity)}"`, { severity: input.severity });
  }
  const ruleSet = chooseRuleSet(input);
  const notes = [ruleSetNote(ruleSet, input)];

  let severity = input.severity;
  if (input.recordType === 'blacklist') {
    severity = 'serious';
    notes.push('blacklist entry: the serious class applies (design assumption, not stated by the sources)');
  } else if (ruleSet.id === '2019-527' && severity === 'minor') {
    severity = 'general';
    notes.push('2019-527 knows only general and serious penalties: minor is treated as general');
  }
  const rule = ruleSet.periods[severity];

  if (rule.publication === 'optional' && input.publishMinor !== true) {
    notes.push(
      `${severity} information may stay unpublished and is taken as not published (pass publishMinor)`,
    );
    return { ruleSet: ruleSet.id, earliestRepairDate: null, autoExpiryDate: null, published: false, notes };
  }

  let minMonths = rule.minMonths;
  const sectorMinimum = ruleSet.sectorMinimums.find((m) => input.sector && m.sectors.includes(input.sector));
  if (
    sectorMinimum &&
    input.recordType === 'penalty' &&
    minMonths !== null &&
    sectorMinimum.minMonths > minMonths
  ) {
    minMonths = sectorMinimum.minMonths;
    notes.push(`sector ${input.sector}: minimum raised to ${minMonths} months (${ruleSet.documentNumber})`);
  }
  if ((input.penaltyKinds?.length ?? 0) > 1) {
    notes.push(
      'several penalty kinds in one decision: the longest period applies — the severity given is taken to be that of the heaviest kind',
    );
  }

  const earliestRepairDate = minMonths === null ? null : addMonths(input.decisionDate, minMonths);
  const autoExpiryDate = addMonths(input.decisionDate, rule.maxMonths);
  notes.push(periodNote(severity, minMonths, rule.maxMonths));
  if (ruleSet.id === '2019-527' && severity === 'serious') {
    notes.push('2019-527: penalties for specific serious acts stay published for the maximum period');
  }
  return { ruleSet: ruleSet.id, earliestRepairDate, autoExpiryDate, published: true, notes };
}

function chooseRuleSet(input: PublicationInput): RuleSet {
  if (input.ruleSet !== undefined) {
    if (!RULE_SET_IDS.includes(input.ruleSet)) {
      throw inputError(`unknown rule set "${String(input.ruleSet)}"`, { ruleSet: input.ruleSet });
    }
    return RULE_SETS[input.ruleSet];
  }
  const inForce = ruleSetInForce(input.decisionDate);
  if (inForce === undefined) {
    throw new CreditBridgeError({
      code: 'E_PUBLICATION_RULE_SET',
      message: `[computePublicationPeriod] no national rule set in force on ${input.decisionDate}; pass ruleSet`,
      details: { decisionDate: input.decisionDate },
    });
  }
  return inForce;
}

function ruleSetNote(ruleSet: RuleSet, input: PublicationInput): string {
  const named = `${ruleSet.id} (${ruleSet.documentNumber})`;
  if (input.ruleSet === undefined)
    return `${named}: newest national rule set in force on ${input.decisionDate}`;
  const before = compareDates(input.decisionDate, ruleSet.inForceFrom) < 0;
  const after = ruleSet.supersededOn !== null && compareDates(input.decisionDate, ruleSet.supersededOn) >= 0;
  return before || after
    ? `${named}: applied as requested, although not in force on ${input.decisionDate}`
    : `${named}: applied as requested`;
}

function periodNote(severity: CreditSeverity, minMonths: number | null, maxMonths: number): string {
  const min =
    minMonths === null
      ? 'no early termination'
      : minMonths === 0
        ? 'repairable once legal duties are done'
        : `minimum ${minMonths} months`;
  return `${severity}: ${min}, maximum ${maxMonths} months from the decision date`;
}

function inputError(problem: string, details: Record<string, unknown>): CreditBridgeError {
  return new CreditBridgeError({
    code: 'E_PUBLICATION_INPUT',
    message: `[computePublicationPeriod] ${problem}`,
    details,
  });
}
