import type { RecordOf } from '../model/record-schemas.js';
import type { RecordType } from '../model/record-type.js';
import { encodeWireValue } from './internal/encode-wire-value.js';
import { getPathSteps } from './internal/field-path.js';
import type { WireTable } from './internal/wire-table.js';
import { WIRE_TABLES } from './internal/wire-tables.js';
import { jsonString } from './json-string.js';

// Each type's wire names as JSON keys (`"CF_WSH":`). Written in table order they give the row's own
// key order: the names of a table are distinct and none is integer-like (a test holds both).
const JSON_KEYS: Readonly<Record<RecordType, readonly string[]>> = {
  penalty: jsonKeys(WIRE_TABLES.penalty),
  license: jsonKeys(WIRE_TABLES.license),
  blacklist: jsonKeys(WIRE_TABLES.blacklist),
  repair: jsonKeys(WIRE_TABLES.repair),
};

function jsonKeys(table: WireTable): string[] {
  return table.fields.map((field) => `${JSON.stringify(field.wire)}:`);
}

/**
 * `JSON.stringify(toWireRecord(type, record))`, the same text character for character, written
 * straight from the record without the wire row in between (building a row of thirty-odd keys costs
 * more than the text). Throws what `toWireRecord` throws, for the same field.
 *
 * @example
 * toWireJson('penalty', penalty); // '{"RECORD_ID":"CF-2026-000001",…,"CF_NR_FK":"0.2",…}'
 */
export function toWireJson<T extends RecordType>(type: T, record: RecordOf<T>): string {
  const table = WIRE_TABLES[type];
  const keys = JSON_KEYS[type];
  let json = '';
  for (let index = 0; index < table.fields.length; index += 1) {
    const value = getPathSteps(record, table.paths[index] as readonly string[]);
    if (value === undefined) continue;
    const text = encodeWireValue(table.fields[index] as (typeof table.fields)[number], value);
    json += `${json === '' ? '{' : ','}${keys[index]}${jsonString(text)}`;
  }
  return json === '' ? '{}' : `${json}}`;
}
