import { RECORD_TYPES, type RecordType } from '../../../model/record-type.js';
import { decodeWireValue, isBlankWireValue } from '../../internal/decode-wire-value.js';
import { setPathSteps } from '../../internal/field-path.js';
import type { WireTable } from '../../internal/wire-table.js';
import { WIRE_TABLES } from '../../internal/wire-tables.js';
import type { WireField } from '../../wire-field.js';

/** A wire table prepared for reading rows of XML columns: the fields, their paths, and name → position. */
export interface WireRowReader {
  readonly fields: readonly WireField[];
  readonly paths: readonly (readonly string[])[];
  /** The wire names, in table order. */
  readonly names: readonly string[];
  /** Wire name → position in `fields`: the element names a record may hold. */
  readonly columns: ReadonlyMap<string, number>;
}

/** Prepares a wire table for {@link decodeWireRow}: core's prepared table plus wire name → position. */
export function createWireRowReader(table: WireTable): WireRowReader {
  return {
    fields: table.fields,
    paths: table.paths,
    names: table.fields.map((field) => field.wire),
    columns: new Map(table.fields.map((field, index) => [field.wire, index])),
  };
}

/** The prepared wire table of every record type. */
export const RECORD_ROW_READERS = Object.fromEntries(
  RECORD_TYPES.map((type) => [type, createWireRowReader(WIRE_TABLES[type])]),
) as unknown as Readonly<Record<RecordType, WireRowReader>>;

/**
 * Reads a row of column values (by position in the wire table) into the shape of a domain record,
 * without validating it: what `fromWireRecord` does for a row whose columns are exactly the table's
 * wire names (XML element names are; a test holds the two equal), through the same `decodeWireValue`,
 * without its per-row name folding and alias search, which cost a quarter of a decode.
 */
export function decodeWireRow(
  reader: WireRowReader,
  values: readonly (string | undefined)[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let index = 0; index < reader.fields.length; index += 1) {
    const raw = values[index];
    const field = reader.fields[index];
    const path = reader.paths[index];
    if (raw === undefined || isBlankWireValue(raw) || field === undefined || path === undefined) continue;
    setPathSteps(out, path, decodeWireValue(field, raw));
  }
  return out;
}
