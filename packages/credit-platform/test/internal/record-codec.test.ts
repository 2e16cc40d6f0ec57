import { DEFAULT_CREDIT_PLATFORM_PROFILE, RECORD_TYPES } from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRecord, encodeRecordJson, recordSchema, wireNameOf } from '../../src/internal/record-codec.js';
import { RENAMED_PROFILE } from '../support/renamed-profile.js';

describe.each([
  ['the contract profile', DEFAULT_CREDIT_PLATFORM_PROFILE],
  ['a renamed profile', RENAMED_PROFILE],
])('record codec under %s', (_, profile) => {
  it.each(RECORD_TYPES)('a %s record survives encode → platform row → decode unchanged', (type) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        for (const record of generateRecords(type, { seed, count: 3 })) {
          const row = encodeRecord(profile, type, record);
          expect(Object.values(row).every((value) => typeof value === 'string')).toBe(true);
          expect(recordSchema(profile, type).parse(row)).toEqual(record);
        }
      }),
      { numRuns: 25 },
    );
  });

  it.each(RECORD_TYPES)('writes a %s record as the JSON of its platform row, text for text', (type) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        for (const record of generateRecords(type, { seed, count: 3 })) {
          expect(encodeRecordJson(profile, type, record)).toBe(
            JSON.stringify(encodeRecord(profile, type, record)),
          );
        }
      }),
      { numRuns: 25 },
    );
  });

  it("writes the profile's column names and reads them back", () => {
    const [record] = generateRecords('penalty', { seed: 1, count: 1 });
    if (record === undefined) throw new Error('no record');
    const row = encodeRecord(profile, 'penalty', record);
    const name = wireNameOf(profile, 'penalty', ['subject', 'name']);
    expect(name).toBe(profile === RENAMED_PROFILE ? 'CF_XDR_MC_GW' : 'CF_XDR_MC');
    expect(row[name as string]).toBe(record.subject.name);
    expect(wireNameOf(profile, 'penalty', ['regionCode'])).toBe(
      profile === RENAMED_PROFILE ? 'AREA_CODE' : 'DFBM',
    );
    expect(wireNameOf(profile, 'penalty', [])).toBeUndefined();
  });

  it('rejects a row that is not all strings, or that does not decode to a valid record', () => {
    const [record] = generateRecords('license', { seed: 2, count: 1 });
    if (record === undefined) throw new Error('no record');
    const row = encodeRecord(profile, 'license', record);
    const schema = recordSchema(profile, 'license');
    expect(schema.safeParse({ ...row, XK_XKWS: 3 }).success).toBe(false);
    expect(schema.safeParse([row]).success).toBe(false);
    const { RECORD_VERSION: _dropped, ...withoutVersion } = row;
    const result = schema.safeParse(withoutVersion);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['RECORD_VERSION']);
  });
});
