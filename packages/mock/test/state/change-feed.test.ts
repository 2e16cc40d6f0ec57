import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChangeFeed } from '../../src/state/credit/change-feed.js';

describe('createChangeFeed', () => {
  it('pages every item exactly once, in order, for any page sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }),
        (count, limits) => {
          const feed = createChangeFeed<{ n: number }>('c1');
          for (let n = 0; n < count; n += 1) feed.append({ n });
          const seen: number[] = [];
          let cursor: string | undefined;
          for (let step = 0; step < 100; step += 1) {
            const page = feed.page(cursor, limits[step % limits.length] as number);
            if (page === undefined) throw new Error('own cursor refused');
            seen.push(...page.items.map((item) => item.n));
            cursor = page.nextCursor;
            if (!page.hasMore) break;
          }
          expect(seen).toEqual(Array.from({ length: count }, (_, n) => n));
          expect(cursor).toBe(feed.head());
        },
      ),
    );
  });

  it('writes cursors as the contract does and refuses others', () => {
    const feed = createChangeFeed<{ n: number }>('r1');
    expect(feed.head()).toBe('r1-0000000000000000');
    expect(feed.append({ n: 1 })).toEqual({ cursor: 'r1-0000000000000001', n: 1 });
    expect(feed.page('c1-0000000000000001', 10)).toBeUndefined();
    expect(feed.page('r1-1', 10)).toBeUndefined();
    expect(feed.page('r1-0000000000000001', 10)).toEqual({
      items: [],
      nextCursor: 'r1-0000000000000001',
      hasMore: false,
    });
    feed.clear();
    expect(feed.items()).toEqual([]);
  });
});
