import type { RecordType } from '../model/record-type.js';
import { decodeWireValue, isBlankWireValue } from './internal/decode-wire-value.js';
import { setPathSteps } from './internal/field-path.js';
import { columnHits } from './internal/wire-table.js';
import { WIRE_TABLES } from './internal/wire-tables.js';

// No field has this many aliases: the rank of a field no column has filled yet.
const UNFILLED = 255;

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
 *
 * @example
 * const result = validateRecord('penalty', fromWireRecord('penalty', row));
 */
export function fromWireRecord(
  type: RecordType,
  row: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const table = WIRE_TABLES[type];
  const count = table.fields.length;
  const values: unknown[] = new Array(count);
  const ranks = new Uint8Array(count).fill(UNFILLED);
  // One pass over the row's columns, each looked up by name, instead of a search per field.
  for (const column of Object.keys(row)) {
    const value = row[column];
    if (isBlankWireValue(value)) continue;
    const hits = columnHits(table, column);
    if (hits === undefined) continue;
    for (const hit of hits) {
      if (hit.rank <= (ranks[hit.index] as number)) {
        ranks[hit.index] = hit.rank;
        values[hit.index] = value;
      }
    }
  }
  const out: Record<string, unknown> = {};
  for (let index = 0; index < count; index += 1) {
    if (ranks[index] === UNFILLED) continue;
    const field = table.fields[index] as (typeof table.fields)[number];
    setPathSteps(out, table.paths[index] as readonly string[], decodeWireValue(field, values[index]));
  }
  return out;
}
