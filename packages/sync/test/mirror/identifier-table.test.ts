import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdentifierTable } from '../../src/mirror/internal/identifier-table.js';

// Keys the table packs (up to 18 of 0-9A-Z, prefixes of each other included), and keys it keeps aside.
const packable = fc.string({
  unit: fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXYZ'),
  minLength: 1,
  maxLength: 18,
});
const other = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...'0123456789ABCX'), minLength: 19, maxLength: 24 }),
  fc.constantFrom('', ' 91420102MA4KX0001B', '9142010２MA4KX0001B', '11010519491231002x'),
);
const key = fc.oneof({ weight: 4, arbitrary: packable }, { weight: 1, arbitrary: other });

type Operation =
  | { op: 'set'; key: string; value: number; mark: number }
  | { op: 'delete'; key: string }
  | { op: 'get'; key: string }
  | { op: 'clear' };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('set' as const),
      key,
      value: fc.integer(),
      mark: fc.double({ noNaN: true }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), key }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('get' as const), key }) },
  { weight: 1, arbitrary: fc.constant({ op: 'clear' as const }) },
);

describe('createIdentifierTable', () => {
  it('answers every get, delete and size as a Map of values and marks would, through growth, deletes and clears', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 400 }), (operations) => {
        const table = createIdentifierTable<number>();
        const model = new Map<string, { value: number; mark: number }>();
        for (const step of operations) {
          switch (step.op) {
            case 'set':
              table.set(step.key, step.value, step.mark);
              model.set(step.key, { value: step.value, mark: step.mark });
              break;
            case 'delete':
              expect(table.delete(step.key)).toBe(model.delete(step.key));
              break;
            case 'get': {
              const expected = model.get(step.key);
              expect(table.get(step.key)).toBe(expected?.value);
              if (expected !== undefined) expect(table.mark).toBe(expected.mark);
              break;
            }
            case 'clear':
              table.clear();
              model.clear();
              break;
          }
          expect(table.size).toBe(model.size);
        }
        for (const [stored, { value, mark }] of model) {
          expect(table.get(stored)).toBe(value);
          expect(table.mark).toBe(mark);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps keys apart that differ only in length or in one character', () => {
    const table = createIdentifierTable<string>();
    const keys = ['0', '00', '000000000', '0000000000', '000000000000000000', 'A', '10', '01', 'Z', 'Y'];
    keys.forEach((stored, index) => {
      table.set(stored, stored, index);
    });
    keys.forEach((stored, index) => {
      expect(table.get(stored)).toBe(stored);
      expect(table.mark).toBe(index);
    });
    expect(table.get('0000')).toBeUndefined();
    expect(table.size).toBe(keys.length);
  });

  it('holds 50,000 identifiers through its growth and finds none it was not given', () => {
    const table = createIdentifierTable<number>();
    const id = (index: number) => `91420102${String(index).padStart(9, '0')}X`;
    for (let index = 0; index < 50_000; index += 1) table.set(id(index), index, index * 2);
    for (let index = 0; index < 50_000; index += 2) table.delete(id(index));
    expect(table.size).toBe(25_000);
    for (let index = 0; index < 50_000; index += 1) {
      const found = table.get(id(index));
      expect(found).toBe(index % 2 === 0 ? undefined : index);
      if (found !== undefined) expect(table.mark).toBe(index * 2);
    }
    expect(table.get(id(50_000))).toBeUndefined();
  });
});
