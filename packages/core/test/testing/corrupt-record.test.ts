import { describe, expect, it } from 'vitest';
import { isCreditBridgeError, RECORD_TYPES, validateRecord } from '../../src/index.js';
import {
  CORRUPTION_ISSUE_CODES,
  CORRUPTION_RULES,
  type CorruptionRule,
  corruptRecord,
  createRandom,
  generateRecords,
  SYNTHETIC_TODAY,
} from '../../src/testing/index.js';

const cases = RECORD_TYPES.flatMap((type) =>
  CORRUPTION_RULES.filter((rule) => CORRUPTION_ISSUE_CODES[type][rule] !== undefined).map(
    (rule) => [type, rule] as const,
  ),
);

describe('corruptRecord', () => {
  it.each(cases)('breaks a %s record by %s with exactly the documented issue code', (type, rule) => {
    const random = createRandom(99);
    for (const record of generateRecords(type, { seed: 5, count: 80 })) {
      const broken = corruptRecord(random, record, rule);
      const result = validateRecord(type, broken, { today: SYNTHETIC_TODAY });
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([
        CORRUPTION_ISSUE_CODES[type][rule],
      ]);
    }
  });

  it('covers every rule for penalties and leaves the original untouched', () => {
    expect(Object.keys(CORRUPTION_ISSUE_CODES.penalty).sort()).toEqual([...CORRUPTION_RULES].sort());
    const [penalty] = generateRecords('penalty', { seed: 1, count: 1 });
    if (penalty === undefined) throw new Error('no penalty generated');
    const snapshot = structuredClone(penalty);
    for (const rule of CORRUPTION_RULES)
      expect(corruptRecord(createRandom(1), penalty, rule)).not.toEqual(penalty);
    expect(penalty).toEqual(snapshot);
  });

  it('is deterministic for a seed', () => {
    const [license] = generateRecords('license', { seed: 2, count: 1 });
    if (license === undefined) throw new Error('no licence generated');
    for (const rule of ['bad_enum', 'date_order', 'uscc_checksum'] satisfies CorruptionRule[]) {
      expect(corruptRecord(createRandom(3), license, rule)).toEqual(
        corruptRecord(createRandom(3), license, rule),
      );
    }
  });

  it('throws E_ARGUMENT for a rule that does not apply or is unknown', () => {
    const [repair] = generateRecords('repair', { seed: 1, count: 1 });
    if (repair === undefined) throw new Error('no repair generated');
    const codeOf = (rule: CorruptionRule): string | undefined => {
      try {
        corruptRecord(createRandom(1), repair, rule);
      } catch (error) {
        return isCreditBridgeError(error) ? error.code : 'other';
      }
      return undefined;
    };
    expect(codeOf('fine_missing')).toBe('E_ARGUMENT');
    expect(codeOf('no_such_rule' as CorruptionRule)).toBe('E_ARGUMENT');
  });
});
