import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromWireRecord, RECORD_TYPES, toWireRecord, WIRE_FIELDS } from '../../../src/index.js';
import { decodeWireRow, RECORD_ROW_READERS } from '../../../src/wire/exchange/internal/decode-wire-row.js';
import { hostileRecord } from './support/exchange-fixtures.js';

// The codec reads XML columns by position instead of through fromWireRecord's generic row walk; for
// rows of exact wire names the two must agree, value for value and key order for key order.
describe('decodeWireRow', () => {
  it.each(RECORD_TYPES)('equals fromWireRecord on any %s row', (type) => {
    fc.assert(
      fc.property(
        hostileRecord(type),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.constantFrom('', ' ', '  \n', 'x', '０１', '2026/01/05', 'abc'),
        (record, damaged, junk) => {
          const row: Record<string, string> = toWireRecord(type, record as never);
          const fields = WIRE_FIELDS[type];
          // Blank and undecodable values too: both must leave them to validation the same way.
          for (const choice of damaged) {
            const field = fields[choice % fields.length];
            if (field !== undefined) row[field.wire] = junk;
          }
          const values = fields.map((field) => row[field.wire]);
          const expected = fromWireRecord(type, row);
          const actual = decodeWireRow(RECORD_ROW_READERS[type], values);
          expect(actual).toStrictEqual(expected);
          expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
        },
      ),
      { numRuns: 150 },
    );
  });
});
