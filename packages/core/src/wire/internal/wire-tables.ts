import type { RecordType } from '../../model/record-type.js';
import { BLACKLIST_WIRE_FIELDS } from '../blacklist-wire-fields.js';
import { LICENSE_WIRE_FIELDS } from '../license-wire-fields.js';
import { PENALTY_WIRE_FIELDS } from '../penalty-wire-fields.js';
import { REPAIR_WIRE_FIELDS } from '../repair-wire-fields.js';
import { prepareWireTable, type WireTable } from './wire-table.js';

/**
 * The prepared mapping table of every record type (built from the per-type field lists, not from
 * `WIRE_FIELDS`, which reads these for its name lookups).
 */
export const WIRE_TABLES: Readonly<Record<RecordType, WireTable>> = {
  penalty: prepareWireTable(PENALTY_WIRE_FIELDS),
  license: prepareWireTable(LICENSE_WIRE_FIELDS),
  blacklist: prepareWireTable(BLACKLIST_WIRE_FIELDS),
  repair: prepareWireTable(REPAIR_WIRE_FIELDS),
};
