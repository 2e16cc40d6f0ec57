import { describe, expect, it } from 'vitest';
import { RECORD_TYPES, validateRecord } from '../../src/index.js';
import { generateRecords, SYNTHETIC_TODAY } from '../../src/testing/index.js';

const SEEDS = [1, 42, 20260630];

describe.each(RECORD_TYPES)('generated %s records', (type) => {
  it('pass validateRecord without issues or warnings (200 per seed, three seeds)', () => {
    for (const seed of SEEDS) {
      const records = generateRecords(type, { seed, count: 200 });
      for (const record of records) {
        const result = validateRecord(type, record, { today: SYNTHETIC_TODAY });
        expect(result.ok ? result.warnings : result.issues).toEqual([]);
      }
    }
  });

  it('pass against an injected today as well', () => {
    for (const record of generateRecords(type, { seed: 7, count: 200, today: '2020-02-29' })) {
      const result = validateRecord(type, record, { today: '2020-02-29' });
      expect(result.ok ? result.warnings : result.issues).toEqual([]);
    }
  });
});
