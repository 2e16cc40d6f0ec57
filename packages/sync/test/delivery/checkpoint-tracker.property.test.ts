import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCheckpointTracker } from '../../src/index.js';

describe('checkpoint advancement (properties)', () => {
  it('moves only over a contiguous prefix of settled positions, whatever order they settle in', () => {
    const scenario = fc
      .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 40 })
      .chain((gaps) => {
        let position = 0;
        const positions = gaps.map((gap) => {
          position += gap;
          return position;
        });
        return fc.tuple(
          fc.constant(positions),
          fc.shuffledSubarray(positions, { minLength: 0, maxLength: positions.length }),
          fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        );
      });
    fc.assert(
      fc.property(scenario, ([positions, order, startGap]) => {
        const start = startGap === undefined ? undefined : (positions[0] as number) - 1 - startGap;
        const tracker = createCheckpointTracker(start);
        for (const position of positions) tracker.open(position);
        const settled = new Set<number>();
        expect(tracker.settledThrough).toBe(start);
        for (const position of order) {
          tracker.settle(position);
          settled.add(position);
          // The model: the last position of the longest settled prefix.
          let expected = start;
          for (const candidate of positions) {
            if (!settled.has(candidate)) break;
            expected = candidate;
          }
          expect(tracker.settledThrough).toBe(expected);
          expect(tracker.pending).toBe(
            positions.filter((p) => expected === undefined || p > expected).length,
          );
        }
      }),
    );
  });

  it('passes rows with nothing to deliver, and refuses positions out of order or not open', () => {
    const tracker = createCheckpointTracker(10);
    tracker.open(11);
    tracker.pass(12);
    expect(tracker.settledThrough).toBe(10);
    tracker.settle(11);
    expect(tracker.settledThrough).toBe(12);
    expect(() => tracker.open(12)).toThrow(expect.objectContaining({ code: 'E_SYNC_CHECKPOINT' }));
    expect(() => tracker.settle(11)).toThrow(expect.objectContaining({ code: 'E_SYNC_CHECKPOINT' }));
    tracker.open(20);
    expect(() => tracker.settle(19)).toThrow(expect.objectContaining({ code: 'E_SYNC_CHECKPOINT' }));
  });
});
