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
      if (Array.isArray(value))
        return `[${value.map((item, index) => write(item ?? null, `${path}[${index}]`)).join(',')}]`;
      if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
        throw refuse(path, 'a non-plain object');
      }
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${write(item, `${path}.${key}`)}`).join(',')}}`;
    }
    default:
      throw refuse(path, `a ${typeof value}`);
  }
}

function refuse(path: string, what: string): CreditBridgeError {
  return new CreditBridgeError({
    code: 'E_DEDUPE_VALUE',
    message: `[canonicalJson] ${path} is ${what}, which has no canonical JSON form`,
    details: { path },
  });
}
