import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchIdempotencyKey } from '../../src/internal/batch-idempotency-key.js';

const items = fc.uniqueArray(
  fc.record({ key: fc.string({ minLength: 1, maxLength: 30 }), version: fc.integer({ min: 1, max: 1e9 }) }),
  { minLength: 1, maxLength: 20, selector: (item) => item.key },
);

describe('batchIdempotencyKey', () => {
  it('fits the contract (16–64 of [A-Za-z0-9-]) and ignores the order of the records', () => {
    fc.assert(
      fc.property(items, (batch) => {
        const key = batchIdempotencyKey('penaltiesSubmit', batch);
        expect(key).toMatch(/^[A-Za-z0-9-]{16,64}$/);
        expect(batchIdempotencyKey('penaltiesSubmit', [...batch].reverse())).toBe(key);
      }),
    );
  });

  it('changes with a version, a record or the operation; `3` and 3 are the same version', () => {
    const batch = [
      { key: 'CF-420113-000001', version: 1 },
      { key: 'CF-420113-000002', version: 3 },
    ];
    const key = batchIdempotencyKey('penaltiesSubmit', batch);
    expect(
      batchIdempotencyKey('penaltiesSubmit', [
        batch[0] as (typeof batch)[0],
        { key: 'CF-420113-000002', version: 4 },
      ]),
    ).not.toBe(key);
    expect(batchIdempotencyKey('penaltiesSubmit', batch.slice(0, 1))).not.toBe(key);
    expect(batchIdempotencyKey('licensesSubmit', batch)).not.toBe(key);
    expect(
      batchIdempotencyKey('penaltiesSubmit', [
        batch[0] as (typeof batch)[0],
        { key: 'CF-420113-000002', version: '3' },
      ]),
    ).toBe(key);
  });
});
