import { CreditBridgeError } from '../../errors/credit-bridge-error.js';
import { formatFen } from '../../money/format-fen.js';
import type { CodeTable } from '../code-table.js';
import { CODE_TABLES, type CodeTableName } from '../code-tables.js';
import type { WireField, WireItemField } from '../wire-field.js';

type Encodable = Pick<WireField, 'wire' | 'kind' | 'table' | 'items'>;

/** Writes one domain value in its wire form (always a string). */
export function encodeWireValue(field: Encodable, value: unknown): string {
  switch (field.kind) {
    case 'string':
    case 'identifier':
    case 'date':
    case 'timestamp':
      if (typeof value !== 'string') throw invalid(field, value);
      return value;
    case 'integer':
      if (!Number.isSafeInteger(value)) throw invalid(field, value);
      return String(value);
    case 'money':
      if (!Number.isSafeInteger(value)) throw invalid(field, value);
      // CF_NR_FK and CF_NR_WFFF are decimal(18,6) 万元 (domain reference §3.2); 1 fen = 0.000001 万元.
      return formatFen(value as number, 'wan_yuan');
    case 'code':
      return wordOf(field, value);
    case 'codes':
      if (!Array.isArray(value)) throw invalid(field, value);
      return value.map((key) => wordOf(field, key)).join(';');
    case 'json':
      if (!Array.isArray(value)) throw invalid(field, value);
      return JSON.stringify(value.map((item) => encodeItem(field, item)));
  }
}

function encodeItem(field: Encodable, item: unknown): Record<string, string> {
  if (typeof item !== 'object' || item === null) throw invalid(field, item);
  const out: Record<string, string> = {};
  for (const itemField of field.items ?? []) {
    const value = (item as Record<string, unknown>)[itemField.field];
    if (value !== undefined) out[itemField.wire] = encodeWireValue(asEncodable(field, itemField), value);
  }
  return out;
}

function asEncodable(parent: Encodable, item: WireItemField): Encodable {
  const base = { wire: `${parent.wire}.${item.wire}`, kind: item.kind };
  return item.table === undefined ? base : { ...base, table: item.table };
}

function wordOf(field: Encodable, key: unknown): string {
  const table = tableOf(field.table);
  if (typeof key !== 'string' || !table.keys.includes(key)) throw invalid(field, key);
  return table.toWire(key);
}

/** The code table a descriptor names, widened to string keys. */
export function tableOf(name: CodeTableName | undefined): CodeTable<string> {
  if (name === undefined) {
    throw new CreditBridgeError({ code: 'E_WIRE_TABLE', message: '[wire] a code field names no code table' });
  }
  return CODE_TABLES[name];
}

function invalid(field: Encodable, value: unknown): CreditBridgeError {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
  return new CreditBridgeError({
    code: 'E_WIRE_VALUE',
    message: `[toWireRecord] ${field.wire}: cannot write ${shown} as ${field.kind}; validate the record first`,
    details: { wire: field.wire, kind: field.kind },
  });
}
