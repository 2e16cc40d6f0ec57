import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromWireRecord, RECORD_TYPES, WIRE_FIELDS } from '../../src/index.js';

// fromWireRecord reads a row in one pass over its columns. Its name rules, stated per field: the
// column names fold to trimmed upper case, the wire name wins over an alias (an earlier alias over a
// later), and of several columns folding to the same name the last one wins; blanks count as absent.
// This reference states them the slow, obvious way; the two must agree on any mix of names.
function referenceColumn(fields: (typeof WIRE_FIELDS)['penalty'][number], row: Record<string, unknown>) {
  const byName = new Map<string, unknown>();
  for (const [column, value] of Object.entries(row)) {
    const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (!blank) byName.set(column.trim().toUpperCase(), value);
  }
  const name = [fields.wire, ...(fields.wireAliases ?? [])].find((candidate) => byName.has(candidate));
  return name === undefined ? undefined : byName.get(name);
}

describe('fromWireRecord column names', () => {
  it.each(RECORD_TYPES)('picks the same column as the per-field rule for any %s row', (type) => {
    // Text and identifier columns (the aliased ones are identifiers), with cells that decode to themselves.
    const fields = WIRE_FIELDS[type].filter(
      (field) => field.kind === 'string' || field.kind === 'identifier',
    );
    const names = fields.flatMap((field) => [field.wire, ...(field.wireAliases ?? [])]);
    const spelling = fc
      .tuple(fc.constantFrom(...names), fc.constantFrom('as is', 'lower', 'padded'))
      .map(([name, how]) => (how === 'lower' ? name.toLowerCase() : how === 'padded' ? ` ${name} ` : name));
    const cell = fc.oneof(fc.constantFrom('', '  ', '\u3000'), fc.stringMatching(/^[0-9A-Z]{1,6}$/));
    fc.assert(
      fc.property(fc.array(fc.tuple(spelling, cell), { maxLength: 24 }), (entries) => {
        const row = Object.fromEntries(entries);
        const decoded = fromWireRecord(type, row) as Record<string, unknown>;
        for (const field of fields) {
          const path = field.field.split('.');
          const read = path.reduce<unknown>(
            (node, key) => (node as Record<string, unknown> | undefined)?.[key],
            decoded,
          );
          expect(read).toEqual(referenceColumn(field, row));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('prefers the wire name to an alias whatever the column order', () => {
    const field = WIRE_FIELDS.penalty.find((candidate) => (candidate.wireAliases?.length ?? 0) > 0);
    if (field === undefined) throw new Error('the penalty table has no aliased column');
    const alias = field.wireAliases?.[0] as string;
    const viaAlias = fromWireRecord('penalty', { [alias]: 'ALIAS', [field.wire.toLowerCase()]: 'WIRE' });
    const path = field.field.split('.');
    const read = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], viaAlias);
    expect(read).toBe('WIRE');
  });
});
