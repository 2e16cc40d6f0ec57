import type { RecordOf } from '../model/record-schemas.js';
import type { RecordType } from '../model/record-type.js';
import { encodeWireValue } from './internal/encode-wire-value.js';
import { getPathSteps } from './internal/field-path.js';
import { WIRE_TABLES } from './internal/wire-tables.js';

/** A record in its wire form: wire (column) name → string. Absent optional fields have no key. */
export type WireRow = Record<string, string>;

/**
 * Writes a domain record as a wire row, following the type's mapping table: money as 万元 decimal
 * strings, dates `YYYY-MM-DD`, codes as their Chinese words, lists joined with `;`, arrays of objects
 * as JSON. A wire value is never a number. Throws `CreditBridgeError` `E_WIRE_VALUE` for a value that
 * cannot be written (an unknown code key, fractional fen): validate records first.
 *
 * @example
 * toWireRecord('penalty', penalty);
 * // { RECORD_ID: 'CF-2026-000001', …, CF_XDR_LB: '法人及非法人组织', CF_CFLB: '警告;罚款', CF_NR_FK: '0.2', … }
 */
export function toWireRecord<T extends RecordType>(type: T, record: RecordOf<T>): WireRow {
  const table = WIRE_TABLES[type];
  const row: WireRow = {};
  for (let index = 0; index < table.fields.length; index += 1) {
    const field = table.fields[index] as (typeof table.fields)[number];
    const value = getPathSteps(record, table.paths[index] as readonly string[]);
    if (value !== undefined) row[field.wire] = encodeWireValue(field, value);
  }
  return row;
}
