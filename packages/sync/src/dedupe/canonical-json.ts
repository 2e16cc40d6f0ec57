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
  const text = write(value);
  if (text !== undefined) return text;
  // Paths are spelled only for the error: every record of a run passes here (content hashes).
  throw refusalIn(value, '$') ?? refuse('$', 'a value without a canonical JSON form');
}

// The canonical text, or undefined when some value in it has no canonical form (refusalIn names it).
// Plain loops and one string built in place.
function write(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : undefined;
    case 'object': {
      if (Array.isArray(value)) {
        let text = '[';
        for (let index = 0; index < value.length; index += 1) {
          const item = write(value[index] ?? null);
          if (item === undefined) return undefined;
          text += index > 0 ? `,${item}` : item;
        }
        return `${text}]`;
      }
      if (!isPlainObject(value)) return undefined;
      const object = value as Record<string, unknown>;
      // The default sort compares UTF-16 code units, the canonical order.
      const keys = Object.keys(object).sort();
      let text = '{';
      for (const key of keys) {
        const item = object[key];
        if (item === undefined) continue;
        const written = write(item);
        if (written === undefined) return undefined;
        if (text.length > 1) text += ',';
        text += `${quoted(key)}:${written}`;
      }
      return `${text}}`;
    }
    default:
      return undefined;
  }
}

// The error for the first value, in canonical order, that has no canonical form.
function refusalIn(value: unknown, path: string): CreditBridgeError | undefined {
  if (value === null) return undefined;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : refuse(path, String(value));
    case 'object': {
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index += 1) {
          const found = refusalIn(value[index] ?? null, `${path}[${index}]`);
          if (found !== undefined) return found;
        }
        return undefined;
      }
      if (!isPlainObject(value)) return refuse(path, 'a non-plain object');
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object).sort()) {
        const item = object[key];
        const found = item === undefined ? undefined : refusalIn(item, `${path}.${key}`);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    default:
      return refuse(path, `a ${typeof value}`);
  }
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
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
