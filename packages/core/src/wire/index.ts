export { BLACKLIST_WIRE_FIELDS } from './blacklist-wire-fields.js';
export { CODE_LIST_SEPARATOR, decodeCodeList, encodeCodeList } from './code-list.js';
export { type CodeTable, createCodeTable, normalizeWireWord } from './code-table.js';
export {
  BLACKLIST_ACTION_TABLE,
  CODE_TABLES,
  type CodeTableName,
  CREDIT_SECTOR_TABLE,
  CREDIT_SEVERITY_TABLE,
  ID_TYPE_TABLE,
  LICENSE_CATEGORY_TABLE,
  LICENSE_STATUS_TABLE,
  PENALTY_KIND_TABLE,
  REPAIR_CHANNEL_TABLE,
  REPAIR_OUTCOME_TABLE,
  REPAIR_STATUS_TABLE,
  REPAIR_TARGET_TYPE_TABLE,
  SUBJECT_CATEGORY_TABLE,
} from './code-tables.js';
export { convertGeneration1, type Generation1Result } from './convert-generation-1.js';
export * from './exchange/index.js';
export { fromWireRecord } from './from-wire-record.js';
export {
  GENERATION_1_LICENSE_COLUMNS,
  GENERATION_1_PENALTY_COLUMNS,
  type Generation1Column,
  type Generation1Conversion,
} from './generation-1-columns.js';
export { jsonString } from './json-string.js';
export { LICENSE_WIRE_FIELDS } from './license-wire-fields.js';
export { META_WIRE_FIELDS } from './meta-wire-fields.js';
export { PENALTY_WIRE_FIELDS } from './penalty-wire-fields.js';
export { prepareWireColumns, type WireColumnsReader } from './prepare-wire-columns.js';
export { REPAIR_WIRE_FIELDS } from './repair-wire-fields.js';
export { toWireJson } from './to-wire-json.js';
export { toWireRecord, type WireRow } from './to-wire-record.js';
export type { WireField, WireFieldKind, WireItemField } from './wire-field.js';
export {
  findFieldByLabel,
  findFieldByPath,
  findFieldByWireName,
  findUnknownWireColumns,
  WIRE_FIELD_LABELS,
  WIRE_FIELDS,
} from './wire-fields.js';
