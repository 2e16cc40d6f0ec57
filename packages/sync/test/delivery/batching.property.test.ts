import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BatchLimits, createBatcher, splitIntoBatches } from '../../src/index.js';

const limits = fc.record({
  maxRecords: fc.integer({ min: 1, max: 12 }),
  maxBytes: fc.integer({ min: 20, max: 400 }),
  overheadBytes: fc.integer({ min: 0, max: 16 }),
  separatorBytes: fc.integer({ min: 0, max: 2 }),
});

const bodyBytes = (sizes: readonly number[], at: BatchLimits) =>
  at.overheadBytes +
  sizes.reduce((sum, size) => sum + size, 0) +
  Math.max(0, sizes.length - 1) * at.separatorBytes;

describe('batching by count and bytes (properties)', () => {
  it('never exceeds either limit, keeps every item once and in order, and closes a batch only when the next item does not fit', () => {
    fc.assert(
      fc.property(limits, fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 60 }), (at, raw) => {
        const sizes = raw.filter((size) => at.overheadBytes + size <= at.maxBytes);
        const items = sizes.map((size, index) => ({ index, size }));
        const batches = splitIntoBatches(items, at, (item) => item.size);
        expect(batches.flat()).toEqual(items);
        for (const [position, batch] of batches.entries()) {
          expect(batch.length).toBeGreaterThan(0);
          expect(batch.length).toBeLessThanOrEqual(at.maxRecords);
          expect(
            bodyBytes(
              batch.map((item) => item.size),
              at,
            ),
          ).toBeLessThanOrEqual(at.maxBytes);
          const next = batches[position + 1]?.[0];
          if (next !== undefined && batch.length < at.maxRecords) {
            expect(bodyBytes([...batch.map((item) => item.size), next.size], at)).toBeGreaterThan(
              at.maxBytes,
            );
          }
        }
      }),
    );
  });

  it('hands a batch out as soon as it is full, holding at most one open batch', () => {
    fc.assert(
      fc.property(limits, fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }), (at, raw) => {
        const batcher = createBatcher<number>(at);
        let handed = 0;
        for (const [index, size] of raw.entries()) {
          if (!batcher.fits(size)) continue;
          const closed = batcher.add(index, size);
          if (closed !== undefined) handed += closed.length;
          expect(batcher.size).toBeLessThan(at.maxRecords);
        }
        const rest = batcher.flush() ?? [];
        expect(handed + rest.length).toBe(raw.filter((size) => batcher.fits(size)).length);
        expect(batcher.flush()).toBeUndefined();
      }),
    );
  });

  it('refuses an item no batch can hold, and limits that cannot work', () => {
    const batcher = createBatcher<string>({
      maxRecords: 5,
      maxBytes: 30,
      overheadBytes: 14,
      separatorBytes: 1,
    });
    expect(batcher.fits(16)).toBe(true);
    expect(batcher.fits(17)).toBe(false);
    expect(() => batcher.add('x', 17)).toThrow(expect.objectContaining({ code: 'E_SYNC_BATCH' }));
    expect(() => createBatcher({ maxRecords: 0, maxBytes: 10, overheadBytes: 0, separatorBytes: 0 })).toThrow(
      expect.objectContaining({ code: 'E_SYNC_BATCH' }),
    );
  });
});
