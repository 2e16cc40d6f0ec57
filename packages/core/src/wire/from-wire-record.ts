import type { RecordType } from '../model/record-type.js';
import { decodeWireValue, isBlankWireValue } from './internal/decode-wire-value.js';
import { setPath } from './internal/field-path.js';
import { WIRE_FIELDS } from './wire-fields.js';

/**
 * Reads a wire row into the shape of a domain record, **without validating** it: pass the result to
 * `validateRecord`. Column names are matched case-insensitively, including the aliases of the mapping
 * table (`CF_FR_SFZH`); blank cells count as absent. Identifiers are normalised, dates accept the forms
 * `parseCalendarDate` does, money is read as 万元, code words and their synonyms become keys. A value
 * that does not decode stays as it came so validation reports it. Columns the table does not know are
 * ignored (list them with `findUnknownWireColumns`).
 *
 * @example
 * const result = validateRecord('penalty', fromWireRecord('penalty', row));
 */
export function fromWireRecord(
  type: RecordType,
  row: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const byName = new Map<string, unknown>();
  for (const [column, value] of Object.entries(row)) {
    if (!isBlankWireValue(value)) byName.set(column.trim().toUpperCase(), value);
  }
  const out: Record<string, unknown> = {};
  for (const field of WIRE_FIELDS[type]) {
    const name = [field.wire, ...(field.wireAliases ?? [])].find((candidate) => byName.has(candidate));
    if (name !== undefined) setPath(out, field.field, decodeWireValue(field, byName.get(name)));
  }
  return out;
}
