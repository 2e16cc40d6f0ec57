import { describe, expect, it } from 'vitest';
import {
  compareDates,
  isCreditBridgeError,
  RECORD_SCHEMAS,
  RECORD_TYPES,
  type RecordType,
} from '../../src/index.js';
import {
  createRandom,
  generateRecord,
  generateRecords,
  iterateRecords,
  SYNTHETIC_TODAY,
} from '../../src/testing/index.js';

const PREFIXES: Readonly<Record<RecordType, string>> = {
  penalty: 'CF',
  license: 'XK',
  blacklist: 'SXMD',
  repair: 'XYXF',
};

/** Every calendar date and timestamp day in a record, found by shape. */
function daysIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}(?:T|$)/.test(value)) found.push(value.slice(0, 10));
  } else if (Array.isArray(value)) {
    for (const item of value) daysIn(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      // Planned end dates (有效期至, 公示截止期) are meant to lie ahead; everything else happened already.
      if (!['validUntil', 'validTo', 'publicationEndDate'].includes(key)) daysIn(item, found);
    }
  }
  return found;
}

function thrownCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'not a CreditBridgeError';
  }
  return undefined;
}

describe.each(RECORD_TYPES)('generateRecords(%s)', (type) => {
  it('gives deep-equal records for the same seed and different ones for another seed', () => {
    const first = generateRecords(type, { seed: 20260630, count: 50 });
    expect(generateRecords(type, { seed: 20260630, count: 50 })).toEqual(first);
    const other = generateRecords(type, { seed: 20260701, count: 50 });
    expect(other).not.toEqual(first);
    expect(other.filter((record, i) => JSON.stringify(record) === JSON.stringify(first[i]))).toEqual([]);
  });

  it('yields the same records lazily with iterateRecords', () => {
    expect([...iterateRecords(type, { seed: 9, count: 30 })]).toEqual(
      generateRecords(type, { seed: 9, count: 30 }),
    );
  });

  it('numbers the ids 1…count after the type prefix and a Wuhan district, with version 1', () => {
    const records = generateRecords(type, { seed: 3, count: 120 });
    records.forEach((record, i) => {
      expect(record.recordId).toBe(
        `${PREFIXES[type]}-${record.regionCode}-${String(i + 1).padStart(6, '0')}`,
      );
      expect(record.regionCode).toMatch(/^4201(?:0[2-7]|1[1-7])$/);
      expect(record.version).toBe(1);
      expect(record.sourceSystem).toMatch(/^wh[a-z]+-[a-z]+$/);
    });
  });

  it('matches the model schema', () => {
    for (const seed of [1, 2, 3]) {
      for (const record of generateRecords(type, { seed, count: 200 })) {
        const parsed = RECORD_SCHEMAS[type].safeParse(record);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      }
    }
  });

  it('never dates anything after today, for the default and an injected today', () => {
    for (const today of [SYNTHETIC_TODAY, '2021-03-15']) {
      const records = generateRecords(type, {
        seed: 4,
        count: 200,
        ...(today === SYNTHETIC_TODAY ? {} : { today }),
      });
      const days = records.flatMap((record) => daysIn(record));
      expect(days.length).toBeGreaterThanOrEqual(records.length);
      expect(days.filter((day) => compareDates(day, today) > 0)).toEqual([]);
    }
  });
});

describe('generateRecord', () => {
  it('is deterministic for a seed (the documented examples)', () => {
    expect(generateRecords('penalty', { seed: 42, count: 50 })[0]?.recordId).toBe('CF-420117-000001');
    expect(generateRecord('license', createRandom(5), { status: 'valid' }).status).toBe('valid');
  });

  it('dispatches on the record type', () => {
    for (const type of RECORD_TYPES) {
      const record = generateRecord(type, createRandom(1), {}, { sequence: 7 });
      expect(record.recordId).toMatch(new RegExp(`^${PREFIXES[type]}-\\d{6}-000007$`));
      expect(RECORD_SCHEMAS[type].safeParse(record).success).toBe(true);
    }
  });

  it('applies overrides and rejects bad options', () => {
    expect(generateRecord('penalty', createRandom(1), { version: 4 }).version).toBe(4);
    expect(thrownCode(() => generateRecord('license', createRandom(1), {}, { today: '2026/06/30' }))).toBe(
      'E_ARGUMENT',
    );
    expect(thrownCode(() => generateRecord('license', createRandom(1), {}, { sequence: 0 }))).toBe(
      'E_ARGUMENT',
    );
  });
});

describe('batch options', () => {
  it('throws E_ARGUMENT for an unknown type, a seed that is not finite or a bad count', () => {
    // @ts-expect-error an unknown record type is what is being tested
    expect(thrownCode(() => generateRecords('permit', { seed: 1, count: 1 }))).toBe('E_ARGUMENT');
    expect(thrownCode(() => generateRecords('penalty', { seed: Number.NaN, count: 1 }))).toBe('E_ARGUMENT');
    expect(thrownCode(() => generateRecords('penalty', { seed: 1, count: -1 }))).toBe('E_ARGUMENT');
    expect(thrownCode(() => [...iterateRecords('penalty', { seed: 1, count: 1.5 })])).toBe('E_ARGUMENT');
    expect(generateRecords('penalty', { seed: 1, count: 0 })).toEqual([]);
  });

  it('streams 100 000 penalties without keeping them', () => {
    let count = 0;
    let fined = 0;
    let last = '';
    for (const penalty of iterateRecords('penalty', { seed: 100_000, count: 100_000 })) {
      count++;
      if (penalty.fineFen !== undefined) fined++;
      last = penalty.recordId;
    }
    expect(count).toBe(100_000);
    expect(last).toMatch(/-100000$/);
    expect(fined).toBeGreaterThan(50_000);
  });
});
