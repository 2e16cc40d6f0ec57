import { type RecordType, WIRE_FIELDS } from '@credit-bridge/core';

const known = new Map<RecordType, ReadonlySet<string>>();

/**
 * Every wire name and wire alias a record type reads, built once per type: a column is unknown exactly when
 * its trimmed, upper-cased name is not in the set, as core's `findUnknownWireColumns` decides, without
 * scanning the mapping table for every column of every record.
 *
 * @example
 * knownWireColumns('penalty').has(' cf_xdr_mc '.trim().toUpperCase()); // true
 */
export function knownWireColumns(type: RecordType): ReadonlySet<string> {
  let names = known.get(type);
  if (names === undefined) {
    names = new Set(WIRE_FIELDS[type].flatMap((field) => [field.wire, ...(field.wireAliases ?? [])]));
    known.set(type, names);
  }
  return names;
}
