import { normalizeIdentifier } from '../../ids/normalize-identifier.js';
import { parseMoney } from '../../money/parse-money.js';
import { isCalendarDate } from '../../time/calendar-date.js';
import { parseCalendarDate } from '../../time/parse-calendar-date.js';
import { decodeCodeList } from '../code-list.js';
import type { WireField, WireItemField } from '../wire-field.js';
import { tableOf } from './encode-wire-value.js';

type Decodable = Pick<WireField, 'kind' | 'table' | 'items'>;

// The Hubei e-licence exchange writes times as `yyyy-MM-dd HH:mm:ss` in Shanghai time (domain reference §7).
const LOCAL_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?)$/;

/** True for a wire value that counts as absent: missing, null or blank text. */
export function isBlankWireValue(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (typeof raw !== 'string') return false;
  // Text that starts with a visible ASCII character is not blank: no trimmed copy needed to know.
  const first = raw.charCodeAt(0);
  return !(first > 0x20 && first < 0x7f) && raw.trim() === '';
}

/**
 * Reads one wire value into its domain form. A value that does not decode is returned as it came, so
 * record validation reports it (`E_TYPE`, `E_FORMAT`, `E_ENUM`) instead of it being lost.
 */
export function decodeWireValue(field: Decodable, raw: unknown): unknown {
  switch (field.kind) {
    case 'string':
      return typeof raw === 'number' || typeof raw === 'bigint' ? String(raw) : raw;
    case 'identifier':
      // A number here already lost leading zeros or digits beyond 2^53; it stays a number so that
      // validation rejects it rather than this codec guessing.
      return typeof raw === 'string' ? normalizeIdentifier(raw) : raw;
    case 'integer':
      if (typeof raw === 'string' && /^\s*\d+\s*$/.test(raw)) {
        const value = Number(raw);
        return Number.isSafeInteger(value) ? value : raw;
      }
      return raw;
    case 'date':
      return decodeDate(raw);
    case 'timestamp':
      return typeof raw === 'string' ? decodeTimestamp(raw.trim()) : raw;
    case 'money':
      return decodeMoney(raw);
    case 'code': {
      const word = typeof raw === 'number' ? String(raw) : raw;
      return typeof word === 'string' ? (tableOf(field.table).fromWire(word) ?? raw) : raw;
    }
    case 'codes':
      return typeof raw === 'string' ? decodeCodeList(tableOf(field.table), raw) : raw;
    case 'json':
      return decodeJson(field, raw);
  }
}

function decodeDate(raw: unknown): unknown {
  // A canonical date is what parsing it would give back: skip the parser's format search.
  if (isCalendarDate(raw)) return raw;
  if (typeof raw !== 'string' && typeof raw !== 'number' && !(raw instanceof Date)) return raw;
  const result = parseCalendarDate(typeof raw === 'string' ? raw.trim() : raw);
  return result.ok ? result.value : raw;
}

function decodeTimestamp(raw: string): string {
  const match = LOCAL_TIMESTAMP.exec(raw);
  return match === null ? raw : `${match[1]}T${match[2]}+08:00`;
}

function decodeMoney(raw: unknown): unknown {
  if (typeof raw !== 'string' && typeof raw !== 'number') return raw;
  const result = parseMoney(raw, 'wan_yuan');
  return result.ok ? result.fen : raw;
}

function decodeJson(field: Decodable, raw: unknown): unknown {
  let parsed: unknown = raw;
  if (typeof raw === 'string') {
    try {
      parsed = JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  if (!Array.isArray(parsed)) return raw;
  return parsed.map((item: unknown) => decodeItem(field, item));
}

// The item fields of each json field by wire name, built on first use (the tables are constants). Item
// wire names are upper case and distinct, so a key found as it is needs no upper-casing.
const itemIndexes = new WeakMap<readonly WireItemField[], ReadonlyMap<string, WireItemField>>();

function itemFieldsOf(field: Decodable): ReadonlyMap<string, WireItemField> {
  const items = field.items ?? [];
  let index = itemIndexes.get(items);
  if (index === undefined) {
    index = new Map(items.map((item) => [item.wire, item]));
    itemIndexes.set(items, index);
  }
  return index;
}

function decodeItem(field: Decodable, item: unknown): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const byWire = itemFieldsOf(field);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(item)) {
    const value = (item as Record<string, unknown>)[key];
    const itemField = byWire.get(key) ?? byWire.get(key.toUpperCase());
    // Unknown keys stay under their wire name so validation reports them (E_UNKNOWN_FIELD).
    if (itemField === undefined) out[key] = value;
    else if (!isBlankWireValue(value)) out[itemField.field] = decodeWireValue(itemField, value);
  }
  return out;
}
