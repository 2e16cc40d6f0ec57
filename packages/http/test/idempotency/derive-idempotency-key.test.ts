import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveIdempotencyKey } from '../../src/index.js';

const items = [
  { key: 'SXMD-2025-0002', version: 1 },
  { key: 'SXMD-2025-0001', version: 3 },
];

describe('deriveIdempotencyKey', () => {
  it('is a cb1- prefixed SM3 hex digest', () => {
    expect(deriveIdempotencyKey({ operation: 'blacklist.submit', items })).toMatch(/^cb1-[0-9a-f]{60}$/);
  });

  it('pins the canonical form: SM3 of the JSON [operation, sorted [key, version] pairs]', () => {
    // The first 60 hex digits of `openssl dgst -sm3` over
    // ["blacklist.submit",[["SXMD-2025-0001","3"],["SXMD-2025-0002","1"]]] — 64 characters in all, the contract's maximum.
    expect(deriveIdempotencyKey({ operation: 'blacklist.submit', items })).toBe(
      'cb1-7fa6d0089ff457a4197502676f640fbbf7bc02e0ea47173287a6f1137e04',
    );
  });

  it('treats a version read as text and as a number alike', () => {
    expect(deriveIdempotencyKey({ operation: 'op', items: [{ key: 'a', version: '2' }] })).toBe(
      deriveIdempotencyKey({ operation: 'op', items: [{ key: 'a', version: 2 }] }),
    );
  });

  it('changes with the operation, a key or a version', () => {
    const base = deriveIdempotencyKey({ operation: 'blacklist.submit', items });
    expect(deriveIdempotencyKey({ operation: 'repairs.submit', items })).not.toBe(base);
    expect(
      deriveIdempotencyKey({
        operation: 'blacklist.submit',
        items: [{ ...items[0], version: 2 }, items[1]] as typeof items,
      }),
    ).not.toBe(base);
    expect(deriveIdempotencyKey({ operation: 'blacklist.submit', items: items.slice(1) })).not.toBe(base);
  });

  it('cannot be forged by moving a separator between key and version', () => {
    expect(deriveIdempotencyKey({ operation: 'op', items: [{ key: 'a,1', version: 2 }] })).not.toBe(
      deriveIdempotencyKey({ operation: 'op', items: [{ key: 'a', version: '1,2' }] }),
    );
  });

  it('does not depend on the order of the items (property)', () => {
    const item = fc.record({
      key: fc.string({ maxLength: 12 }),
      version: fc.oneof(fc.nat(), fc.string({ maxLength: 4 })),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), fc.infiniteStream(fc.nat()), (list, noise) => {
        const shuffled = list
          .map((entry) => ({ entry, rank: noise.next().value }))
          .sort((a, b) => a.rank - b.rank)
          .map(({ entry }) => entry);
        expect(deriveIdempotencyKey({ operation: 'op', items: shuffled })).toBe(
          deriveIdempotencyKey({ operation: 'op', items: list }),
        );
      }),
    );
  });
});
