import { findUnknownWireColumns, RECORD_TYPES, WIRE_FIELDS } from '@credit-bridge/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeRecord } from '../../src/state/credit/judge-record.js';

describe('judgeRecord', () => {
  it("reports as unknown exactly the columns core's findUnknownWireColumns finds, in any case and padding", () => {
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
          const judged = judgeRecord(type, row, '2026-07-15');
          const unknown = judged.ok
            ? []
            : judged.errors.filter((error) => error.code === 'E_UNKNOWN_FIELD').map((error) => error.field);
          expect(unknown).toEqual(findUnknownWireColumns(type, row));
        },
      ),
    );
  });
});
