import { describe, expect, it } from 'vitest';
import { RULE_SET_IDS, RULE_SETS, ruleSetInForce } from '../../src/index.js';

describe('rule sets as data', () => {
  it('holds one rule set per id, each in force before it is superseded', () => {
    for (const id of RULE_SET_IDS) {
      const ruleSet = RULE_SETS[id];
      expect(ruleSet.id).toBe(id);
      expect(ruleSet.documentNumber.length).toBeGreaterThan(0);
      if (ruleSet.supersededOn !== null) expect(ruleSet.inForceFrom < ruleSet.supersededOn).toBe(true);
      for (const rule of Object.values(ruleSet.periods)) {
        expect(rule.minMonths === null || rule.minMonths <= rule.maxMonths).toBe(true);
      }
    }
  });

  it('records the periods of the 2025 plan and the 2026 measure', () => {
    for (const ruleSet of [RULE_SETS['2025-gbf22'], RULE_SETS['2026-measure']]) {
      expect(ruleSet.periods.minor).toEqual({ publication: 'optional', minMonths: 0, maxMonths: 3 });
      expect(ruleSet.periods.general).toEqual({ publication: 'required', minMonths: 3, maxMonths: 12 });
      expect(ruleSet.periods.serious).toEqual({ publication: 'required', minMonths: 12, maxMonths: 36 });
    }
  });
});

describe('ruleSetInForce', () => {
  it('picks the newest national rule set in force and never the local Wuhan one', () => {
    expect(ruleSetInForce('2019-06-30')).toBeUndefined();
    expect(ruleSetInForce('2016-09-01')).toBeUndefined();
    expect(ruleSetInForce('2019-07-01')?.id).toBe('2019-527');
    expect(ruleSetInForce('2023-05-01')?.id).toBe('2023-order58');
    expect(ruleSetInForce('2025-06-22')?.id).toBe('2025-gbf22');
    expect(ruleSetInForce('2026-04-01')?.id).toBe('2026-measure');
    expect(ruleSetInForce('2040-01-01')?.id).toBe('2026-measure');
  });
});
