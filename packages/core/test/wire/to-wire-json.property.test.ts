import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES, toWireJson, toWireRecord, WIRE_FIELDS } from '../../src/index.js';
import { createRandom, generateRecord } from '../../src/testing/index.js';
import { hostileRecordArb } from '../support/hostile-records.js';

function outcome(run: () => string): unknown {
  try {
    return { json: run() };
  } catch (error) {
    return {
      threw: String(error),
      code: (error as { code?: unknown }).code,
      details: (error as { details?: unknown }).details,
    };
  }
}

/** Text with everything JSON escapes or keeps: quotes, backslashes, controls, lone and paired surrogates. */
const awkwardText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '"',
      '\\',
      '\u0000',
      '\u001f',
      '\n',
      '\ud800',
      '\udfff',
      '😀',
      '\u2028',
      '\u007f',
      'é',
      '罚',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});

describe('toWireJson (properties)', () => {
  it.each(RECORD_TYPES)(
    '%s: writes JSON.stringify(toWireRecord(…)) or throws what it throws, on hostile records',
    (type) => {
      fc.assert(
        fc.property(hostileRecordArb(type), (record) => {
          expect(outcome(() => toWireJson(type, record as never))).toEqual(
            outcome(() => JSON.stringify(toWireRecord(type, record as never))),
          );
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each(RECORD_TYPES)('%s: escapes text exactly as JSON.stringify does', (type) => {
    fc.assert(
      fc.property(fc.nat(), fc.array(awkwardText, { minLength: 8, maxLength: 8 }), (seed, texts) => {
        const record = generateRecord(type, createRandom(seed)) as unknown as Record<string, unknown>;
        const textFields = WIRE_FIELDS[type].filter(
          (field) => field.kind === 'string' && !field.field.includes('.'),
        );
        textFields.forEach((field, index) => {
          if (typeof record[field.field] === 'string') record[field.field] = texts[index % texts.length];
        });
        expect(toWireJson(type, record as never)).toBe(JSON.stringify(toWireRecord(type, record as never)));
      }),
      { numRuns: 200 },
    );
  });

  it.each(RECORD_TYPES)(
    '%s: wire names are distinct and none is integer-like, so table order is key order',
    (type) => {
      const names = WIRE_FIELDS[type].map((field) => field.wire);
      expect(new Set(names).size).toBe(names.length);
      expect(names.filter((name) => /^\d+$/.test(name))).toEqual([]);
    },
  );

  it('writes an empty object for a record with no wire fields', () => {
    expect(toWireJson('penalty', {} as never)).toBe('{}');
    expect(toWireJson('penalty', null as never)).toBe('{}');
  });
});
