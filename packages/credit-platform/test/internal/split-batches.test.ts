import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBatches } from '../../src/internal/split-batches.js';

const bodyBytes = (sizes: number[], overhead: number) =>
  overhead + sizes.reduce((sum, size) => sum + size, 0) + Math.max(0, sizes.length - 1);

describe('splitBatches', () => {
  it('splits by count and by bytes, counting the wrapper and the commas', () => {
    const items = [10, 10, 10, 10, 10].map((bytes) => ({ bytes }));
    expect(splitBatches(items, { maxItems: 2, maxBytes: 1_000, overheadBytes: 14 })).toEqual([
      [0, 1],
      [2, 3],
      [4],
    ]);
    // 14 + 10 + 1 + 10 = 35 fits; a third item would make 46.
    expect(splitBatches(items, { maxItems: 10, maxBytes: 45, overheadBytes: 14 })).toEqual([
      [0, 1],
      [2, 3],
      [4],
    ]);
    expect(splitBatches(items, { maxItems: 10, maxBytes: 46, overheadBytes: 14 })).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(splitBatches([], { maxItems: 2, maxBytes: 100, overheadBytes: 14 })).toEqual([]);
  });

  it('keeps every item once, in order, within both limits, each batch as full as the limits allow', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 80 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 75, max: 400 }),
        (sizes, maxItems, maxBytes) => {
          const limits = { maxItems, maxBytes, overheadBytes: 14 };
          const batches = splitBatches(
            sizes.map((bytes) => ({ bytes })),
            limits,
          );
          expect(batches.flat()).toEqual(sizes.map((_, index) => index));
          for (const [position, batch] of batches.entries()) {
            const batchSizes = batch.map((index) => sizes[index] as number);
            expect(batch.length).toBeLessThanOrEqual(maxItems);
            expect(bodyBytes(batchSizes, 14)).toBeLessThanOrEqual(maxBytes);
            const next = batches[position + 1]?.[0];
            if (next !== undefined) {
              const grown = [...batchSizes, sizes[next] as number];
              expect(grown.length > maxItems || bodyBytes(grown, 14) > maxBytes).toBe(true);
            }
          }
        },
      ),
    );
  });
});
