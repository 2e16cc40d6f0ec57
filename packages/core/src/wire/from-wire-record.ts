import type { RecordType } from '../model/record-type.js';
import { isBlankWireValue } from './internal/decode-wire-value.js';
import {
  beginWireRow,
  createWireSlots,
  fillWireSlots,
  takeRecord,
  type WireSlots,
} from './internal/wire-slots.js';
import { columnHits } from './internal/wire-table.js';
import { WIRE_TABLES } from './internal/wire-tables.js';

const SLOTS: Readonly<Record<RecordType, WireSlots>> = {
  penalty: createWireSlots(WIRE_TABLES.penalty),
  license: createWireSlots(WIRE_TABLES.license),
  blacklist: createWireSlots(WIRE_TABLES.blacklist),
  repair: createWireSlots(WIRE_TABLES.repair),
};

/**
 * Reads a wire row into the shape of a domain record, **without validating** it: pass the result to
 * `validateRecord`. Column names are matched case-insensitively, including the aliases of the mapping
 * table (`CF_FR_SFZH`); blank cells count as absent. Identifiers are normalised, dates accept the forms
 * `parseCalendarDate` does, money is read as 万元, code words and their synonyms become keys. A value
 * that does not decode stays as it came so validation reports it. Columns the table does not know are
 * ignored (list them with `findUnknownWireColumns`).
 *
 * When a row holds a field under several names, the wire name wins over an alias (and an earlier
 * alias over a later one); between columns that differ only in case or spaces, the last one wins.
 * Rows that all have the same columns (a file's) read faster through `prepareWireColumns`.
 *
 * @example
 * const result = validateRecord('penalty', fromWireRecord('penalty', row));
 */
export function fromWireRecord(
  type: RecordType,
  row: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const table = WIRE_TABLES[type];
  // An unknown type fails here as it always has: reading the fields of no table.
  const slots = Object.hasOwn(SLOTS, type) ? SLOTS[type] : createWireSlots(table);
  beginWireRow(slots);
  // One pass over the row's columns, each looked up by name, instead of a search per field.
  for (const column of Object.keys(row)) {
    const value = row[column];
    if (isBlankWireValue(value)) continue;
    const hits = columnHits(table, column);
    if (hits !== undefined) fillWireSlots(slots, hits, value);
  }
  return takeRecord(table, slots);
}
