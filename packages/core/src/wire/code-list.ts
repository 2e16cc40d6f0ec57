import type { CodeTable } from './code-table.js';

/** What joins several codes in one wire value, e.g. `警告;罚款` in CF_CFLB. */
export const CODE_LIST_SEPARATOR = ';';

// Real data joins kinds with ASCII or full-width semicolons or commas; 、 only splits as a fallback
// because the pre-2021 combined kinds contain it (没收违法所得、没收非法财物).
const SEPARATORS = /[;；,，|]/;

/**
 * Writes several codes as their wire words joined with {@link CODE_LIST_SEPARATOR}.
 *
 * @example
 * encodeCodeList(PENALTY_KIND_TABLE, ['warning', 'fine']); // '警告;罚款'
 */
export function encodeCodeList<Key extends string>(table: CodeTable<Key>, keys: readonly Key[]): string {
  return keys.map((key) => table.toWire(key)).join(CODE_LIST_SEPARATOR);
}

/**
 * Reads a list of wire words into keys. A word the table does not know is kept as it is, so record
 * validation can report it (`E_ENUM`) instead of it vanishing.
 *
 * @example
 * decodeCodeList(PENALTY_KIND_TABLE, '警告；罚款'); // ['warning', 'fine']
 */
export function decodeCodeList<Key extends string>(table: CodeTable<Key>, raw: string): (Key | string)[] {
  const out: (Key | string)[] = [];
  for (const token of raw.split(SEPARATORS)) {
    const word = token.trim();
    if (word === '') continue;
    const key = table.fromWire(word);
    if (key !== undefined) {
      out.push(key);
      continue;
    }
    const parts = word.split('、').map((part) => part.trim());
    const keys = parts.map((part) => table.fromWire(part));
    if (parts.length > 1 && keys.every((k) => k !== undefined)) out.push(...(keys as Key[]));
    else out.push(word);
  }
  return out;
}
