import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalQuery,
  canonicalRequestString,
  computeSignature,
  type SignMethod,
} from '../../src/index.js';

// The worked example published with the contracts (docs/guides/signing-requests.md) is the golden vector.
const example = JSON.parse(
  readFileSync(
    new URL('../../../../docs/contracts/examples/signing-worked-example.json', import.meta.url),
    'utf8',
  ),
) as {
  secret: string;
  timestamp: string;
  nonce: string;
  method: string;
  path: string;
  rawQuery: string;
  body: string;
  canonicalQuery: string;
  methods: Record<SignMethod, { bodyHash: string; signature: string }>;
};

describe('request signing per the contract', () => {
  it('builds the canonical query of the worked example (sorted by name then value, RFC 3986)', () => {
    expect(canonicalQuery(new URLSearchParams(example.rawQuery))).toBe(example.canonicalQuery);
  });

  for (const signMethod of ['HMAC-SM3', 'HMAC-SHA256'] as const) {
    it(`reproduces the worked example's ${signMethod} signature`, () => {
      const input = {
        signMethod,
        method: example.method,
        path: example.path,
        query: new URLSearchParams(example.rawQuery),
        body: example.body,
        timestamp: example.timestamp,
        nonce: example.nonce,
      };
      const lines = canonicalRequestString(input).split('\n');
      expect(lines).toEqual([
        'POST',
        example.path,
        example.canonicalQuery,
        example.methods[signMethod].bodyHash,
        example.timestamp,
        example.nonce,
      ]);
      expect(computeSignature({ ...input, appSecret: example.secret })).toBe(
        example.methods[signMethod].signature,
      );
    });
  }

  it('escapes the sub-delimiters encodeURIComponent leaves alone, and spaces as %20', () => {
    expect(canonicalQuery({ q: "a b*(c)!'" })).toBe('q=a%20b%2A%28c%29%21%27');
  });

  it('gives the same canonical query whatever the order parameters arrive in', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 8 }), (pairs) => {
        const reversed = [...pairs].reverse();
        expect(canonicalQuery(pairs)).toBe(canonicalQuery(reversed));
      }),
      { numRuns: 200 },
    );
  });

  it('changes the signature when any signed part changes', () => {
    const base = {
      signMethod: 'HMAC-SM3' as const,
      method: 'GET',
      path: '/api/v1/blacklist/check',
      query: { uscc: '91350100M000100Y43' },
      timestamp: '1767232800000',
      nonce: 'abcdefghijklmnop',
      appSecret: 's',
    };
    const signature = computeSignature(base);
    expect(computeSignature({ ...base, path: '/api/v1/blacklist/checks' })).not.toBe(signature);
    expect(computeSignature({ ...base, query: { uscc: '91350100M000100Y44' } })).not.toBe(signature);
    expect(computeSignature({ ...base, body: '{}' })).not.toBe(signature);
    expect(computeSignature({ ...base, timestamp: '1767232800001' })).not.toBe(signature);
    expect(computeSignature({ ...base, nonce: 'abcdefghijklmnoq' })).not.toBe(signature);
    expect(computeSignature({ ...base, appSecret: 't' })).not.toBe(signature);
  });
});
