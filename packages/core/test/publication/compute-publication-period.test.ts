import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  CREDIT_SEVERITIES,
  computePublicationPeriod,
  isCreditBridgeError,
  type PublicationInput,
  RULE_SET_IDS,
} from '../../src/index.js';

const penalty = (
  decisionDate: string,
  severity: PublicationInput['severity'],
  extra: Partial<PublicationInput> = {},
) => computePublicationPeriod({ recordType: 'penalty', decisionDate, severity, ...extra });

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'not a CreditBridgeError';
  }
  return undefined;
}

describe('computePublicationPeriod: periods of each rule set', () => {
  it('2019-527: general 3 months / 1 year, clamped at month ends', () => {
    expect(penalty('2021-01-31', 'general')).toMatchObject({
      ruleSet: '2019-527',
      earliestRepairDate: '2021-04-30',
      autoExpiryDate: '2022-01-31',
      published: true,
    });
  });

  it('2019-527: serious 6 months / 3 years from 02-29', () => {
    const period = penalty('2020-02-29', 'serious');
    expect(period).toMatchObject({ earliestRepairDate: '2020-08-29', autoExpiryDate: '2023-02-28' });
    expect(period.notes.join('\n')).toContain('specific serious acts');
  });

  it('2019-527: minor is treated as general', () => {
    const period = penalty('2022-03-15', 'minor');
    expect(period).toMatchObject({
      earliestRepairDate: '2022-06-15',
      autoExpiryDate: '2023-03-15',
      published: true,
    });
    expect(period.notes.join('\n')).toContain('minor is treated as general');
  });

  it('Order 58: 3 months / 3 years whatever the severity', () => {
    for (const severity of CREDIT_SEVERITIES) {
      expect(penalty('2024-01-31', severity)).toMatchObject({
        ruleSet: '2023-order58',
        earliestRepairDate: '2024-04-30',
        autoExpiryDate: '2027-01-31',
      });
    }
  });

  it('Order 58: special equipment, work safety and fire safety penalties wait at least 1 year', () => {
    for (const sector of ['special_equipment', 'work_safety', 'fire_safety']) {
      const period = penalty('2024-02-29', 'general', { sector });
      expect(period).toMatchObject({ earliestRepairDate: '2025-02-28', autoExpiryDate: '2027-02-28' });
      expect(period.notes.join('\n')).toContain(`sector ${sector}`);
    }
    expect(penalty('2024-02-29', 'general', { sector: 'market_regulation' }).earliestRepairDate).toBe(
      '2024-05-29',
    );
  });

  it('Order 58: the sector minimum is for penalties, not for blacklist entries', () => {
    const period = computePublicationPeriod({
      recordType: 'blacklist',
      decisionDate: '2024-06-30',
      severity: 'serious',
      sector: 'fire_safety',
    });
    expect(period.earliestRepairDate).toBe('2024-09-30');
  });

  it('2025-gbf22: general 3 months / 1 year, serious 1 year / 3 years', () => {
    expect(penalty('2025-07-31', 'general')).toMatchObject({
      ruleSet: '2025-gbf22',
      earliestRepairDate: '2025-10-31',
      autoExpiryDate: '2026-07-31',
    });
    expect(penalty('2025-08-31', 'serious')).toMatchObject({
      earliestRepairDate: '2026-08-31',
      autoExpiryDate: '2028-08-31',
    });
  });

  it('2025-gbf22: minor is unpublished unless the department publishes it, then max 3 months', () => {
    expect(penalty('2025-11-30', 'minor')).toMatchObject({
      published: false,
      earliestRepairDate: null,
      autoExpiryDate: null,
    });
    expect(penalty('2025-11-30', 'minor', { publishMinor: true })).toMatchObject({
      published: true,
      earliestRepairDate: '2025-11-30',
      autoExpiryDate: '2026-02-28',
    });
  });

  it('2025-gbf22: no sector minimum of its own', () => {
    expect(penalty('2025-07-01', 'general', { sector: 'work_safety' }).earliestRepairDate).toBe('2025-10-01');
  });

  it('2026-measure: the same classes, 01-31 and 02-29 clamped', () => {
    expect(penalty('2027-01-31', 'general')).toMatchObject({
      ruleSet: '2026-measure',
      earliestRepairDate: '2027-04-30',
      autoExpiryDate: '2028-01-31',
    });
    expect(penalty('2028-02-29', 'serious')).toMatchObject({
      earliestRepairDate: '2029-02-28',
      autoExpiryDate: '2031-02-28',
    });
    expect(penalty('2026-11-30', 'minor', { publishMinor: true }).autoExpiryDate).toBe('2027-02-28');
  });

  it('wuhan-2016-5y: 5 years, no early repair, only when asked for', () => {
    const period = penalty('2024-02-29', 'general', { ruleSet: 'wuhan-2016-5y' });
    expect(period).toMatchObject({
      ruleSet: 'wuhan-2016-5y',
      earliestRepairDate: null,
      autoExpiryDate: '2029-02-28',
      published: true,
    });
    expect(period.notes.join('\n')).toContain('no early termination');
    expect(penalty('2024-02-29', 'general').ruleSet).toBe('2023-order58');
  });
});

describe('computePublicationPeriod: rule chosen by decision date', () => {
  it.each([
    ['2019-07-01', '2019-527'],
    ['2023-04-30', '2019-527'],
    ['2023-05-01', '2023-order58'],
    ['2025-06-21', '2023-order58'],
    ['2025-06-22', '2025-gbf22'],
    ['2026-03-31', '2025-gbf22'],
    ['2026-04-01', '2026-measure'],
  ])('a decision on %s falls under %s', (decisionDate, ruleSet) => {
    const period = penalty(decisionDate, 'serious');
    expect(period.ruleSet).toBe(ruleSet);
    expect(period.notes[0]).toContain('newest national rule set in force');
  });

  it('refuses a decision before any national rule set applied', () => {
    expect(codeOf(() => penalty('2019-06-30', 'general'))).toBe('E_PUBLICATION_RULE_SET');
    expect(penalty('2019-06-30', 'general', { ruleSet: '2019-527' }).notes[0]).toContain('not in force');
  });

  it('applies an explicitly requested rule set and says so', () => {
    const period = penalty('2026-05-01', 'general', { ruleSet: '2023-order58' });
    expect(period).toMatchObject({ ruleSet: '2023-order58', autoExpiryDate: '2029-05-01' });
    expect(period.notes[0]).toContain('applied as requested, although not in force');
  });
});

describe('computePublicationPeriod: blacklists, kinds and input checks', () => {
  it('uses the serious class for blacklist entries and calls it a design assumption', () => {
    const period = computePublicationPeriod({
      recordType: 'blacklist',
      decisionDate: '2025-07-01',
      severity: 'general',
    });
    expect(period).toMatchObject({ earliestRepairDate: '2026-07-01', autoExpiryDate: '2028-07-01' });
    expect(period.notes.join('\n')).toContain('design assumption');
  });

  it('notes the longest-period rule when one decision has several penalty kinds', () => {
    expect(penalty('2024-05-01', 'general', { penaltyKinds: ['警告', '罚款'] }).notes.join('\n')).toContain(
      'longest period',
    );
    expect(penalty('2024-05-01', 'general', { penaltyKinds: ['罚款'] }).notes.join('\n')).not.toContain(
      'longest period',
    );
  });

  it('rejects impossible dates, unknown severities and unknown rule sets', () => {
    expect(codeOf(() => penalty('2025-02-30', 'general'))).toBe('E_PUBLICATION_INPUT');
    expect(codeOf(() => penalty('2025/07/01', 'general'))).toBe('E_PUBLICATION_INPUT');
    expect(codeOf(() => penalty('2025-07-01', 'huge' as 'general'))).toBe('E_PUBLICATION_INPUT');
    expect(codeOf(() => penalty('2025-07-01', 'general', { ruleSet: 'x' as '2019-527' }))).toBe(
      'E_PUBLICATION_INPUT',
    );
  });

  it('keeps earliestRepairDate ≤ autoExpiryDate, both on or after the decision (property)', () => {
    const input = fc.record({
      recordType: fc.constantFrom('penalty' as const, 'blacklist' as const),
      decisionDate: fc.integer({ min: 0, max: 4200 }).map((n) => addDays('2019-07-01', n)),
      severity: fc.constantFrom(...CREDIT_SEVERITIES),
      sector: fc.constantFrom(undefined, 'special_equipment', 'work_safety', 'fire_safety', 'tax'),
      ruleSet: fc.constantFrom(undefined, ...RULE_SET_IDS),
      publishMinor: fc.boolean(),
    });
    fc.assert(
      fc.property(input, (value) => {
        const period = computePublicationPeriod(value);
        if (!period.published) {
          return period.earliestRepairDate === null && period.autoExpiryDate === null;
        }
        const expiry = period.autoExpiryDate;
        const earliest = period.earliestRepairDate;
        if (expiry === null || expiry <= value.decisionDate) return false;
        return earliest === null || (earliest >= value.decisionDate && earliest <= expiry);
      }),
    );
  });
});
