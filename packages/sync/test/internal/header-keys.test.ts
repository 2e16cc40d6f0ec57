import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zipRow } from '../../src/internal/header-keys.js';

// zipRow as it reads: each key takes the value at its position, a missing one as empty text.
function referenceZip(keys: readonly string[], values: readonly string[]) {
  const fields: Record<string, string> = {};
  for (let index = 0; index < keys.length; index += 1) fields[keys[index] as string] = values[index] ?? '';
  const extra = values.slice(keys.length).filter((value) => value !== '').length;
  return { fields, extra };
}

const keyArb = fc.oneof(
  fc.constantFrom('行政相对人名称', 'CF_WSH', '0', '12', '__proto__', 'constructor', 'toString', 'A', ''),
  fc.string({ maxLength: 6 }),
);

describe('zipRow', () => {
  it('zips as the plain loop does, key order included, row after row of one header', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(keyArb, { maxLength: 40 }),
        fc.array(fc.array(fc.string({ maxLength: 4 }), { maxLength: 45 }), { minLength: 1, maxLength: 4 }),
        (keys, rows) => {
          for (const values of rows) {
            const zipped = zipRow(keys, values);
            const reference = referenceZip(keys, values);
            expect(zipped).toEqual(reference);
            expect(Object.keys(zipped.fields)).toEqual(Object.keys(reference.fields));
            expect(Object.getPrototypeOf(zipped.fields)).toBe(Object.prototype);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives every row its own fields object', () => {
    const keys = ['a', 'b'];
    const first = zipRow(keys, ['1', '2']).fields;
    const second = zipRow(keys, ['3']).fields;
    expect(first).toEqual({ a: '1', b: '2' });
    expect(second).toEqual({ a: '3', b: '' });
  });
});
