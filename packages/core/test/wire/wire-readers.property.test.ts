import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromWireRecord,
  prepareWireColumns,
  RECORD_TYPES,
  type RecordType,
  toWireRecord,
  WIRE_FIELDS,
} from '../../src/index.js';
import { createRandom, generateRecord } from '../../src/testing/index.js';
import { decodeWireValue, isBlankWireValue } from '../../src/wire/internal/decode-wire-value.js';
import { setPathSteps } from '../../src/wire/internal/field-path.js';

/**
 * fromWireRecord as its documentation states it, field by field: each field takes the non-blank value
 * of the column named (as written, or trimmed and upper-cased) by its wire name, else by its first
 * alias that has one, the later of two equally named columns winning; fields are written in table
 * order.
 */
function referenceFromWireRecord(type: RecordType, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of WIRE_FIELDS[type]) {
    const names = [field.wire, ...(field.wireAliases ?? [])];
    let best: { rank: number; value: unknown } | undefined;
    for (const column of Object.keys(row)) {
      const value = row[column];
      if (isBlankWireValue(value)) continue;
      const exact = names.indexOf(column);
      const rank = exact >= 0 ? exact : names.indexOf(column.trim().toUpperCase());
      if (rank >= 0 && (best === undefined || rank <= best.rank)) best = { rank, value };
    }
    if (best !== undefined) setPathSteps(out, field.field.split('.'), decodeWireValue(field, best.value));
  }
  return out;
}

const CELLS: readonly unknown[] = [
  undefined,
  null,
  '',
  '  ',
  '\u3000',
  'ＡＢＣ',
  '１２',
  ' 12 ',
  12,
  12.5,
  true,
  [],
  '罚款;警告',
  '警告，罚款',
  '2026-02-30',
  '2026/3/1',
  '20260301',
  '0.5',
  '1,234.5万元',
  '法人及非法人组织',
  '身份证',
  '[{"X":"1"}]',
  '[',
];

/** A wire row of `type` as districts send them: renamed, re-cased, padded, reordered, with strays. */
const wireRowArb = fc.constantFrom(...RECORD_TYPES).chain((type) =>
  fc
    .record({
      seed: fc.nat(),
      columns: fc.array(
        fc.record({
          pick: fc.nat(),
          name: fc.constantFrom('wire', 'alias', 'lower', 'spaced', 'stray'),
          cell: fc.oneof(fc.constant('keep'), fc.constantFrom(...CELLS)),
        }),
        { maxLength: 40 },
      ),
      keepAll: fc.boolean(),
    })
    .map(({ seed, columns, keepAll }) => {
      const wire = toWireRecord(type, generateRecord(type, createRandom(seed)) as never);
      const row: Record<string, unknown> = keepAll ? { ...wire } : {};
      const fields = WIRE_FIELDS[type];
      for (const column of columns) {
        const field = fields[column.pick % fields.length] as (typeof fields)[number];
        const alias = field.wireAliases?.[0] ?? field.wire;
        const name =
          column.name === 'wire'
            ? field.wire
            : column.name === 'alias'
              ? alias
              : column.name === 'lower'
                ? field.wire.toLowerCase()
                : column.name === 'spaced'
                  ? ` ${alias} `
                  : `X_${column.pick % 7}`;
        row[name] = column.cell === 'keep' ? (wire[field.wire] ?? '') : column.cell;
      }
      return { type, row };
    }),
);

function serialised(record: unknown): string {
  return JSON.stringify(record, (_key, value) => (value === undefined ? '<undefined>' : value));
}

describe('wire row readers (properties)', () => {
  it('fromWireRecord reads as the field-by-field reference does, key order included', () => {
    fc.assert(
      fc.property(wireRowArb, ({ type, row }) => {
        const record = fromWireRecord(type, row);
        expect(record).toEqual(referenceFromWireRecord(type, row));
        expect(serialised(record)).toBe(serialised(referenceFromWireRecord(type, row)));
      }),
      { numRuns: 400 },
    );
  });

  it('a prepared reader reads a row of values as fromWireRecord reads the row', () => {
    fc.assert(
      fc.property(wireRowArb, ({ type, row }) => {
        const columns = Object.keys(row);
        const reader = prepareWireColumns(type, columns);
        const values = columns.map((column) => row[column]);
        const record = reader.read(values);
        expect(serialised(record)).toBe(serialised(fromWireRecord(type, row)));
        // A second row through the same reader starts from empty slots.
        expect(serialised(reader.read([]))).toBe('{}');
        expect(serialised(reader.read(values))).toBe(serialised(record));
      }),
      { numRuns: 300 },
    );
  });

  it('a prepared reader reads a column listed twice at both places, the later non-blank value winning', () => {
    const reader = prepareWireColumns('penalty', ['CF_WSH', 'cf_wsh']);
    expect(reader.read(['A', 'B'])).toEqual({ decisionNo: 'B' });
    expect(reader.read(['A', ' '])).toEqual({ decisionNo: 'A' });
    expect(reader.columns).toEqual(['CF_WSH', 'cf_wsh']);
  });

  it('recovers from a reading that threw', () => {
    const reader = prepareWireColumns('penalty', ['CF_WSH', 'CF_XDR_MC']);
    const throwing = new Proxy(['A', 'B'], {
      get(target, key) {
        if (key === '1') throw new Error('unreadable');
        return Reflect.get(target, key);
      },
    });
    expect(() => reader.read(throwing)).toThrow('unreadable');
    expect(reader.read([undefined, 'C'])).toEqual({ subject: { name: 'C' } });
    const row = {
      CF_WSH: 'A',
      get CF_XDR_MC(): string {
        throw new Error('unreadable');
      },
    };
    expect(() => fromWireRecord('penalty', row)).toThrow('unreadable');
    expect(fromWireRecord('penalty', { CF_XDR_MC: 'C' })).toEqual({ subject: { name: 'C' } });
  });

  it('fails for an unknown record type as it always has', () => {
    expect(() => fromWireRecord('nope' as RecordType, {})).toThrow(TypeError);
    expect(() => fromWireRecord('toString' as RecordType, {})).toThrow(TypeError);
  });
});
