import {
  CODE_TABLES,
  type CodeTable,
  formatFen,
  normalizeWireWord,
  parseCalendarDate,
  parseMoney,
  type WireField,
} from '@credit-bridge/core';
import type { ColumnTransform } from '../mapping-spec.js';
import { parseDatePattern } from './parse-date-pattern.js';

/** A cell after its transforms: wire text, absent, or why it failed. */
export type TransformResult =
  | { ok: true; value: string | undefined }
  | { ok: false; code: string; message: string };

const EDGE_SPACE = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const EDGE_CHAR = /[\s\u200B-\u200D\u2060\uFEFF]/;

// Most cells need no trimming: test their two ends before running the replacement over the whole cell.
function hasEdgeSpace(text: string): boolean {
  return (
    text !== '' && (EDGE_CHAR.test(text[0] as string) || EDGE_CHAR.test(text[text.length - 1] as string))
  );
}
// The separators core's code-list decoder splits on (wire/code-list.ts).
const LIST_SEPARATORS = /[;；,，|]/;

/**
 * A cell without its leading and trailing spaces (Unicode spaces, zero-width characters and the BOM
 * included); the cell itself when it has none.
 */
export function trimCell(raw: string): string {
  return hasEdgeSpace(raw) ? raw.replace(EDGE_SPACE, '') : raw;
}

/**
 * Runs a cell through its column's transforms. The cell is trimmed first; a blank cell is absent
 * unless a `default` gives it a value. `field` is the wire column the value lands in, which decides
 * what `amount` writes (万元, the wire unit) and which code table `code` synonyms name keys of.
 */
export function applyTransforms(
  raw: string,
  transforms: readonly ColumnTransform[],
  field: WireField | undefined,
): TransformResult {
  let value: string | undefined = trimCell(raw);
  if (value === '') value = undefined;
  for (const transform of transforms) {
    if (value === undefined && transform.type !== 'default') continue;
    switch (transform.type) {
      case 'halfWidth':
        value = (value as string)
          .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
          .replace(/\u3000/g, ' ');
        break;
      case 'replace':
        if (Object.hasOwn(transform.values, value as string)) {
          value = transform.values[value as string];
          if (value === '') value = undefined;
        }
        break;
      case 'default':
        value ??= transform.value;
        break;
      case 'date': {
        const result =
          transform.format === undefined
            ? parseCalendarDate(value as string, { excelSerial: transform.excelSerial === true })
            : parseDatePattern(value as string, transform.format);
        if (!result.ok) return { ok: false, code: result.code, message: result.message };
        value = result.value;
        break;
      }
      case 'amount': {
        const result = parseMoney(value as string, transform.unit);
        if (!result.ok) return { ok: false, code: result.code, message: result.message };
        value = field?.kind === 'money' ? formatFen(result.fen, 'wan_yuan') : String(result.fen);
        break;
      }
      case 'code':
        value = applySynonyms(value as string, transform.synonyms, field);
        break;
    }
  }
  return { ok: true, value };
}

function applySynonyms(
  value: string,
  synonyms: Readonly<Record<string, string>>,
  field: WireField | undefined,
): string {
  if (field?.table === undefined) return value;
  const table = CODE_TABLES[field.table] as CodeTable<string>;
  const lookup = new Map(Object.entries(synonyms).map(([word, key]) => [normalizeWireWord(word), key]));
  const one = (word: string) => {
    const key = lookup.get(normalizeWireWord(word));
    return key === undefined ? word : table.toWire(key);
  };
  if (field.kind !== 'codes') return one(value);
  const whole = lookup.get(normalizeWireWord(value));
  if (whole !== undefined) return table.toWire(whole);
  return value
    .split(LIST_SEPARATORS)
    .map((word) => word.trim())
    .filter((word) => word !== '')
    .map(one)
    .join(';');
}
