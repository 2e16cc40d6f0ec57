import { CreditBridgeError } from '@credit-bridge/core';

/**
 * Writes a value as canonical JSON: object keys sorted by UTF-16 code unit, no whitespace, absent
 * (`undefined`) properties left out, arrays in their order. Two records with the same content give
 * the same text whatever order their keys were built in. Numbers must be finite (fen, versions);
 * anything JSON cannot carry faithfully (NaN, bigint, functions, Dates) throws `E_DEDUPE_VALUE`.
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (Number.isFinite(value)) return JSON.stringify(value);
      throw refuse(path, String(value));
    case 'object': {
      // Plain loops and one string built in place: every record of a run passes here (content hashes).
      if (Array.isArray(value)) {
        let text = '[';
        for (let index = 0; index < value.length; index += 1) {
          if (index > 0) text += ',';
          text += write(value[index] ?? null, `${path}[${index}]`);
        }
        return `${text}]`;
      }
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) throw refuse(path, 'a non-plain object');
      const object = value as Record<string, unknown>;
      // The default sort compares UTF-16 code units, the canonical order.
      const keys = Object.keys(object).sort();
      let text = '{';
      for (const key of keys) {
        const item = object[key];
        if (item === undefined) continue;
        if (text.length > 1) text += ',';
        text += `${quoted(key)}:${write(item, `${path}.${key}`)}`;
      }
      return `${text}}`;
    }
    default:
      throw refuse(path, `a ${typeof value}`);
  }
}

// Records repeat the same few dozen keys: quote each once.
const QUOTED = new Map<string, string>();

function quoted(key: string): string {
  let text = QUOTED.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    if (QUOTED.size < 4096) QUOTED.set(key, text);
  }
  return text;
}

function refuse(path: string, what: string): CreditBridgeError {
  return new CreditBridgeError({
    code: 'E_DEDUPE_VALUE',
    message: `[canonicalJson] ${path} is ${what}, which has no canonical JSON form`,
    details: { path },
  });
}
