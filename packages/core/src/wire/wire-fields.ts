import type { RecordType } from '../model/record-type.js';
import { BLACKLIST_WIRE_FIELDS } from './blacklist-wire-fields.js';
import { columnHits } from './internal/wire-table.js';
import { WIRE_TABLES } from './internal/wire-tables.js';
import { LICENSE_WIRE_FIELDS } from './license-wire-fields.js';
import { PENALTY_WIRE_FIELDS } from './penalty-wire-fields.js';
import { REPAIR_WIRE_FIELDS } from './repair-wire-fields.js';
import type { WireField } from './wire-field.js';

/**
 * The wire mapping table of every record type.
 *
 * @example
 * WIRE_FIELDS.penalty.map((f) => f.wire); // ['RECORD_ID', …, 'CF_XDR_MC', …]
 */
export const WIRE_FIELDS: Readonly<Record<RecordType, readonly WireField[]>> = {
  penalty: PENALTY_WIRE_FIELDS,
  license: LICENSE_WIRE_FIELDS,
  blacklist: BLACKLIST_WIRE_FIELDS,
  repair: REPAIR_WIRE_FIELDS,
};

/** Wire name → Chinese column title, per record type (e.g. for writing spreadsheet headers). */
export const WIRE_FIELD_LABELS: Readonly<Record<RecordType, Readonly<Record<string, string>>>> = {
  penalty: labelsOf(PENALTY_WIRE_FIELDS),
  license: labelsOf(LICENSE_WIRE_FIELDS),
  blacklist: labelsOf(BLACKLIST_WIRE_FIELDS),
  repair: labelsOf(REPAIR_WIRE_FIELDS),
};

function labelsOf(fields: readonly WireField[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.wire, field.label]));
}

/**
 * The field with this wire name (or wire alias), case-insensitive.
 *
 * @example
 * findFieldByWireName('penalty', 'CF_XDR_MC')?.field; // 'subject.name'
 */
export function findFieldByWireName(type: RecordType, wireName: string): WireField | undefined {
  const table = WIRE_TABLES[type];
  // Hits come in table order, so the first is the first field that reads the name.
  const hit = columnHits(table, wireName)?.[0];
  return hit === undefined ? undefined : table.fields[hit.index];
}

/**
 * The field whose Chinese title (or a title alias) matches a spreadsheet header. Whitespace, a leading
 * required-marker `*` and full-width brackets are ignored.
 *
 * @example
 * findFieldByLabel('penalty', '行政相对人名称')?.wire; // 'CF_XDR_MC'
 * findFieldByLabel('penalty', '* 罚款金额（万元）')?.field; // 'fineFen'
 */
export function findFieldByLabel(type: RecordType, label: string): WireField | undefined {
  const wanted = normalizeHeader(label);
  const fields = WIRE_FIELDS[type];
  return (
    fields.find((field) => normalizeHeader(field.label) === wanted) ??
    fields.find((field) => field.labelAliases?.some((alias) => normalizeHeader(alias) === wanted))
  );
}

/**
 * The field at a dotted domain path, e.g. `subject.uscc`.
 *
 * @example
 * findFieldByPath('license', 'validTo')?.wire; // 'XK_YXQZI'
 */
export function findFieldByPath(type: RecordType, path: string): WireField | undefined {
  return WIRE_FIELDS[type].find((field) => field.field === path);
}

/**
 * The columns of a wire row that no field of the type reads (neither wire name nor alias), so callers
 * can report or keep them.
 *
 * @example
 * findUnknownWireColumns('penalty', { CF_WSH: '…', XH: '1' }); // ['XH']
 */
export function findUnknownWireColumns(type: RecordType, row: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(row).filter((column) => findFieldByWireName(type, column) === undefined);
}

function normalizeHeader(header: string): string {
  return header
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u200B-\u200D\u2060]/g, '')
    .replace(/^\*+/, '');
}
