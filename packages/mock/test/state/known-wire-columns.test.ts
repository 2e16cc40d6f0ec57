import { findUnknownWireColumns, RECORD_TYPES, WIRE_FIELDS } from '@credit-bridge/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownWireColumns } from '../../src/state/credit/known-wire-columns.js';

describe('knownWireColumns', () => {
  it("finds exactly the columns core's findUnknownWireColumns finds, for any names in any case and padding", () => {
    const names = RECORD_TYPES.flatMap((type) =>
      WIRE_FIELDS[type].flatMap((field) => [field.wire, ...(field.wireAliases ?? [])]),
    );
    const column = fc.oneof(
      fc
        .tuple(fc.constantFrom(...names), fc.boolean(), fc.constantFrom('', ' ', '\t'))
        .map(([name, lower, pad]) => `${pad}${lower ? name.toLowerCase() : name}${pad}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...RECORD_TYPES),
        fc.uniqueArray(column, { maxLength: 12 }),
        (type, columns) => {
          const row = Object.fromEntries(columns.map((name) => [name, 'x']));
          const known = knownWireColumns(type);
          const unknown = Object.keys(row).filter((name) => !known.has(name.trim().toUpperCase()));
          expect(unknown).toEqual(findUnknownWireColumns(type, row));
        },
      ),
    );
  });
});
