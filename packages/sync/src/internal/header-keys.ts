import { CreditBridgeError } from '@credit-bridge/core';
import { columnLetter } from './column-letter.js';

/**
 * The field names of a header row: each title trimmed; an empty title becomes the column's letter
 * (`C`) so values under it are not lost. Two columns with one title are refused, since a row could
 * then hold only one of their values.
 */
export function headerKeys(titles: readonly string[], source: string): string[] {
  const keys = titles.map((title, index) => {
    const trimmed = title.replace(/^\uFEFF/, '').trim();
    return trimmed === '' ? columnLetter(index) : trimmed;
  });
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) {
      throw new CreditBridgeError({
        code: 'E_SOURCE_HEADER',
        message: `[${source}] the header names column ${JSON.stringify(key)} twice; rename one of them`,
        details: { source, column: key },
      });
    }
    seen.add(key);
  }
  return keys;
}

/**
 * Zips a row's values with the header keys. Missing trailing values read as empty text; values past
 * the last header column are an error unless they are empty (trailing delimiters).
 */
export function zipRow(
  keys: readonly string[],
  values: readonly string[],
): { fields: Record<string, string>; extra: number } {
  const template = templateOf(keys);
  let fields: Record<string, string>;
  if (template === undefined) {
    fields = {};
    for (let index = 0; index < keys.length; index += 1) fields[keys[index] as string] = values[index] ?? '';
  } else {
    // A copy of the keys' template gets values for properties it already has: V8 keeps it an object
    // with a fixed layout, where adding twenty-odd computed keys one by one turns it into a hash table
    // that every later read of the row (mapping, validation) pays for.
    fields = { ...template };
    for (let index = 0; index < keys.length; index += 1) fields[keys[index] as string] = values[index] ?? '';
  }
  let extra = 0;
  for (let index = keys.length; index < values.length; index += 1) if (values[index] !== '') extra += 1;
  return { fields, extra };
}

// The rows of one source share one keys array: its template is made once.
const templates = new WeakMap<readonly string[], Readonly<Record<string, string>> | null>();

function templateOf(keys: readonly string[]): Readonly<Record<string, string>> | undefined {
  let template = templates.get(keys);
  if (template === undefined) {
    // A `__proto__` column assigned on a plain object sets nothing; a template would make it a field.
    template = keys.includes('__proto__') ? null : Object.fromEntries(keys.map((key) => [key, '']));
    templates.set(keys, template);
  }
  return template ?? undefined;
}

/** True when every value is empty or whitespace: a blank row. */
export function isBlankRow(values: readonly string[]): boolean {
  // `\s` is the set trim() removes; testing it allocates no trimmed copy per value.
  return values.every((value) => value === '' || BLANK.test(value));
}

const BLANK = /^\s*$/;
