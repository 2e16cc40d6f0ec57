import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS, RECORD_TYPES } from '../../src/index.js';
import { compiledSchema } from '../../src/validate/internal/compiled-schemas.js';
import { hostileRecordArb } from '../support/hostile-records.js';

// Key order is observable (JSON of a parsed record), so compare the serialised form as well.
function outcome(result: { success: boolean; data?: unknown; error?: { issues: unknown } }): unknown {
  return result.success
    ? { data: result.data, json: JSON.stringify(result.data), keys: keysOf(result.data) }
    : { issues: result.error?.issues };
}

function keysOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysOf);
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.entries(value).map(([key, item]) => [key, keysOf(item)]);
}

describe('compiledSchema', () => {
  it.each(RECORD_TYPES)('%s: parses exactly as the record schema does, hostile input included', (type) => {
    fc.assert(
      fc.property(hostileRecordArb(type), (record) => {
        expect(outcome(compiledSchema(type).safeParse(record))).toEqual(
          outcome(RECORD_SCHEMAS[type].safeParse(record)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('compiles each type once', () => {
    expect(compiledSchema('penalty')).toBe(compiledSchema('penalty'));
    expect(compiledSchema('penalty')).not.toBe(RECORD_SCHEMAS.penalty);
  });
});
