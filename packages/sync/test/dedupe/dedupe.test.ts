import { createRandom, generateRecord } from '@credit-bridge/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  contentHash,
  createDuplicateDetector,
  dedupeKey,
  formatDedupeKey,
} from '../../src/index.js';

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 5 }),
  ),
})).value;

function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, index) => shuffleKeys(item, seed + index));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const random = createRandom(seed);
  for (let i = entries.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
  }
  return Object.fromEntries(entries.map(([key, item]) => [key, shuffleKeys(item, seed + 1)]));
}

// The definition, written plainly: what canonicalJson must equal, whatever it caches.
function referenceJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => referenceJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    const object = value as Record<string, unknown>;
    const parts = keys.filter((key) => object[key] !== undefined);
    return `{${parts.map((key) => `${JSON.stringify(key)}:${referenceJson(object[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// Keys that trip object key order: integer-like (listed first by for…in), `__proto__`, non-ASCII.
const awkwardKey = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.constantFrom('1', '10', '2', '01', '-1', '4294967295', '__proto__', 'constructor', '中', 'a', 'b'),
);
// Strings with any UTF-16 code unit: quotes, controls, lone surrogates.
const anyText = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 8,
});
const awkwardJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    anyText,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(tie('value'), fc.constant(undefined)), { maxLength: 4 }),
    fc.dictionary(awkwardKey, fc.oneof(tie('value'), fc.constant(undefined)), {
      maxKeys: 6,
      noNullPrototype: false,
    }),
  ),
})).value;

describe('canonicalJson / contentHash', () => {
  it('equals the definition for any JSON value, odd keys and strings included (property)', () => {
    fc.assert(
      fc.property(fc.array(awkwardJson, { minLength: 1, maxLength: 6 }), (values) => {
        // Several values of one run, so that shapes repeat and come from the plan cache.
        for (const value of [...values, ...values]) expect(canonicalJson(value)).toBe(referenceJson(value));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves inherited keys out while Object.prototype is polluted, after and before', () => {
    const shapes = [{ a: 1, x: 2 }, { a: 1 }];
    expect(shapes.map(canonicalJson)).toEqual(['{"a":1,"x":2}', '{"a":1}']);
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.x = 'polluted';
    try {
      expect(shapes.map(canonicalJson)).toEqual(['{"a":1,"x":2}', '{"a":1}']);
    } finally {
      delete prototype.x;
    }
    expect(shapes.map(canonicalJson)).toEqual(['{"a":1,"x":2}', '{"a":1}']);
  });

  it('stays exact past the bound of its cache of key orders', () => {
    for (let index = 0; index < 10_000; index += 1) {
      const value = { [`k${index}`]: index, [`j${index}`]: { b: 1, a: 2 } };
      expect(canonicalJson(value)).toBe(`{"j${index}":{"a":2,"b":1},"k${index}":${index}}`);
    }
  });

  it('is SM3 of the UTF-8 canonical JSON: a stored ledger keeps matching (vector from openssl dgst -sm3)', () => {
    // printf '%s' '{"a":[2,{"d":3}],"b":1,"中":"文"}' | openssl dgst -sm3
    expect(contentHash({ 中: '文', b: 1, a: [2, { d: 3, c: undefined }] })).toBe(
      '1ceaa115602fcb654b34a6109e2553aef3a36e5bf943a4034bf4d3c91c0e1972',
    );
  });

  it('writes sorted keys without whitespace and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: undefined }], 中: '文' })).toBe(
      '{"a":[2,{"d":3}],"b":1,"中":"文"}',
    );
  });

  it('is independent of key order (property)', () => {
    fc.assert(
      fc.property(json, fc.integer(), (value, seed) => {
        expect(contentHash(shuffleKeys(value, seed))).toBe(contentHash(value));
      }),
    );
  });

  it('changes with any change of any value of a record (property)', () => {
    const record = generateRecord('penalty', createRandom(11)) as unknown as Record<string, unknown>;
    const paths: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
      } else paths.push(path);
    };
    walk(record, []);
    const original = contentHash(record);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(fc.string(), fc.integer(), fc.boolean()),
        (path, replacement) => {
          const copy = structuredClone(record);
          let target = copy as Record<string, unknown>;
          for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
          const last = path.at(-1) as string;
          fc.pre(target[last] !== replacement);
          target[last] = replacement;
          expect(contentHash(copy)).not.toBe(original);
        },
      ),
    );
  });

  it('refuses values without a canonical JSON form', () => {
    for (const value of [{ a: Number.NaN }, { a: 1n }, { a: new Date(0) }, [() => 1]]) {
      expect(() => canonicalJson(value)).toThrow(expect.objectContaining({ code: 'E_DEDUPE_VALUE' }));
    }
  });

  it('names the first value, in canonical order, that has no canonical form', () => {
    const cases: [unknown, string][] = [
      [{ b: { y: [1, { z: Number.POSITIVE_INFINITY }] }, a: 1 }, '$.b.y[1].z is Infinity'],
      [{ b: 1n, a: { c: Number.NaN } }, '$.a.c is NaN'],
      [[1, null, new Map()], '$[2] is a non-plain object'],
      [{ a: undefined, b: Symbol('s') }, '$.b is a symbol'],
      [() => 1, '$ is a function'],
    ];
    for (const [value, message] of cases) {
      expect(() => canonicalJson(value)).toThrow(
        `[canonicalJson] ${message}, which has no canonical JSON form`,
      );
    }
  });
});

describe('dedupeKey / createDuplicateDetector', () => {
  const random = createRandom(5);
  const record = generateRecord('penalty', random);

  it('keys a record by type, id, version and content', () => {
    const key = dedupeKey('penalty', record);
    expect(key).toEqual({
      recordType: 'penalty',
      recordId: record.recordId,
      version: record.version,
      contentHash: contentHash(record),
    });
    expect(key.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(formatDedupeKey(key).split('\u001f')).toEqual([
      'penalty',
      record.recordId,
      String(record.version),
      key.contentHash,
    ]);
  });

  it('tells new, duplicate, conflicting and stale records apart within a run', () => {
    const detector = createDuplicateDetector();
    const v1 = dedupeKey('penalty', record);
    const changed = dedupeKey('penalty', { ...record, facts: `${record.facts}（更正）` });
    const v2 = dedupeKey('penalty', { ...record, version: record.version + 1 });
    expect(detector.check(v1)).toBe('new');
    expect(detector.check(v1)).toBe('duplicate');
    expect(detector.check(changed)).toBe('conflict');
    expect(detector.check({ ...v1, recordType: 'license' })).toBe('new');
    expect(detector.check(v2)).toBe('new');
    expect(detector.check(v1)).toBe('stale');
    expect(detector.check(v2)).toBe('duplicate');
    expect(detector.size).toBe(2);
  });
});
