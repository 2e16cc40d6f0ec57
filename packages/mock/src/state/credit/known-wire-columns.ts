import { type RecordType, WIRE_FIELDS } from '@credit-bridge/core';

const known = new Map<RecordType, ReadonlySet<string>>();

/**
 * Every wire name and wire alias a record type reads, built once per type: a column is unknown exactly when
 * neither it nor its trimmed, upper-cased name is in the set, as core's `findUnknownWireColumns` decides,
 * without scanning the mapping table for every column of every record.
 *
 * @example
 * knownWireColumns('penalty').has(' cf_xdr_mc '.trim().toUpperCase()); // true
 */
export function knownWireColumns(type: RecordType): ReadonlySet<string> {
  let names = known.get(type);
  if (names === undefined) {
    // Core compares the trimmed, upper-cased column with each name as written, so a name not in that form
    // never matches; leaving it out lets a column in that form be looked up as it came.
    names = new Set(
      WIRE_FIELDS[type]
        .flatMap((field) => [field.wire, ...(field.wireAliases ?? [])])
        .filter((name) => name === name.trim().toUpperCase()),
    );
    known.set(type, names);
  }
  return names;
}
