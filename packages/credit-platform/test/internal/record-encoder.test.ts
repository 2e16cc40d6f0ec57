import { DEFAULT_CREDIT_PLATFORM_PROFILE, type PenaltyRecord } from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchBody } from '../../src/internal/batch-body.js';
import { encodeRecordJson } from '../../src/internal/record-codec.js';
import { createRecordEncoder, writeEncoding } from '../../src/internal/record-encoder.js';
import { RENAMED_PROFILE } from '../support/renamed-profile.js';

const profile = DEFAULT_CREDIT_PLATFORM_PROFILE;
const penalties = (seed: number, count: number) => generateRecords('penalty', { seed, count });

// Any UTF-16 code unit, lone surrogates included: the facts field is free text.
const anyText = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
});

describe('createRecordEncoder', () => {
  it.each([
    ['the contract profile', DEFAULT_CREDIT_PLATFORM_PROFILE],
    ['a renamed profile', RENAMED_PROFILE],
  ])('under %s, an encoding reads back as the record JSON, its bytes its UTF-8 size', (_, chosen) => {
    const encoder = createRecordEncoder(chosen);
    const [base] = penalties(5, 1) as [PenaltyRecord];
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 8 }), (facts) => {
        const records = facts.map((text, index) => ({
          ...base,
          recordId: `CF-420106-9${index}`,
          facts: text,
        }));
        const encodings = records.map((record) => encoder.encode('penalty', record));
        const texts = records.map((record) => encodeRecordJson(chosen, 'penalty', record));
        expect(encodings.map((encoding) => encoding.json)).toEqual(texts);
        expect(encodings.map((encoding) => encoding.bytes)).toEqual(
          texts.map((text) => Buffer.byteLength(text)),
        );
        const items = encodings.map((encoding) => ({ encoding, bytes: encoding.bytes }));
        expect(batchBody('records', items).equals(Buffer.from(`{"records":[${texts.join(',')}]}`))).toBe(
          true,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every encoding intact as later ones fill more blocks, a record larger than a block included', () => {
    const encoder = createRecordEncoder(profile);
    const records: PenaltyRecord[] = penalties(6, 400);
    const [first] = records as [PenaltyRecord];
    records.splice(200, 0, { ...first, recordId: 'CF-420106-LARGE', facts: '查'.repeat(100_000) });
    const encodings = records.map((record) => encoder.encode('penalty', record));
    const total = encodings.reduce((sum, encoding) => sum + encoding.bytes, 0);
    expect(total).toBeGreaterThan(5 * 64 * 1024);
    encodings.forEach((encoding, index) => {
      expect(encoding.json).toBe(encodeRecordJson(profile, 'penalty', records[index] as PenaltyRecord));
    });
  });

  it('reuses only its own encoding of that very record object, never a look-alike', () => {
    const encoder = createRecordEncoder(profile);
    const other = createRecordEncoder(profile);
    const [record, second] = penalties(7, 2) as [PenaltyRecord, PenaltyRecord];
    const encoded = encoder.encode('penalty', record);
    expect(encoder.reuse('penalty', record, encoded)).toBe(encoded);
    expect(encoder.reuse('penalty', { ...record }, encoded)).toBeUndefined();
    expect(encoder.reuse('license', record, encoded)).toBeUndefined();
    expect(encoder.reuse('penalty', second, encoded)).toBeUndefined();
    expect(other.reuse('penalty', record, encoded)).toBeUndefined();
    const spread = { ...encoded, json: encoded.json };
    // An object of the same class and fields, but not made by the encoder: it has no private fields.
    const sameClass = Object.create(
      Object.getPrototypeOf(encoded) as object,
      Object.getOwnPropertyDescriptors({ ...encoded }),
    ) as typeof encoded;
    for (const forged of [spread, sameClass]) {
      expect(encoder.reuse('penalty', record, forged)).toBeUndefined();
      expect(writeEncoding(forged, Buffer.alloc(encoded.bytes), 0)).toBe(false);
    }
    expect(Object.isFrozen(encoded)).toBe(true);
  });

  it('sends a look-alike in a body by its text, never by bytes it does not have', () => {
    const encoder = createRecordEncoder(profile);
    const [record] = penalties(8, 1) as [PenaltyRecord];
    const encoded = encoder.encode('penalty', record);
    const text = '{"RECORD_ID":"CF-LOOK-ALIKE"}';
    const lookAlike = { type: 'penalty' as const, record, json: text, bytes: text.length };
    const body = batchBody('records', [
      { encoding: encoded, bytes: encoded.bytes },
      { encoding: lookAlike, bytes: lookAlike.bytes },
    ]);
    expect(body.toString('utf8')).toBe(`{"records":[${encoded.json},${text}]}`);
  });
});
