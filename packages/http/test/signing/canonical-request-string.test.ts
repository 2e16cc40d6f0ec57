import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalQuery, canonicalRequestString, computeSignature, percentEncode } from '../../src/index.js';

// Worked examples of the contract, computed independently with `openssl dgst -sm3|-sha256 -hmac`
// over the canonical strings written out below.
const SECRET = 'demo-secret-0123456789';
const BODY = '{"entries":[{"entryId":"SXMD-2025-0001","version":1}]}';
const BODY_SM3 = '9d814a84b09791478eca15e14d814d7724958bdff05883517a7ab569328b0c11';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('canonicalRequestString', () => {
  it('builds METHOD, PATH, QUERY, hex(SM3(body)), timestamp and nonce on six lines', () => {
    const canonical = canonicalRequestString({
      signMethod: 'HMAC-SM3',
      method: 'post',
      path: '/api/v1/blacklist/entries:batch',
      body: BODY,
      timestamp: 1735689600000,
      nonce: 'b7e2c9d4a1f04e3c8d5a6b7c8d9e0f1a',
    });
    expect(canonical).toBe(
      `POST\n/api/v1/blacklist/entries:batch\n\n${BODY_SM3}\n1735689600000\nb7e2c9d4a1f04e3c8d5a6b7c8d9e0f1a`,
    );
  });

  it('hashes the empty string when there is no body, with SHA-256 under HMAC-SHA256', () => {
    const canonical = canonicalRequestString({
      signMethod: 'HMAC-SHA256',
      method: 'GET',
      path: '/x',
      timestamp: '1',
      nonce: 'n',
    });
    expect(canonical.split('\n')[3]).toBe(EMPTY_SHA256);
  });

  it('hashes the same bytes whether the body is a string or UTF-8 bytes', () => {
    const input = { signMethod: 'HMAC-SM3', method: 'POST', path: '/p', timestamp: 1, nonce: 'n' } as const;
    const body = '{"name":"武汉测试"}';
    expect(canonicalRequestString({ ...input, body: new TextEncoder().encode(body) })).toBe(
      canonicalRequestString({ ...input, body }),
    );
  });
});

describe('computeSignature', () => {
  it('matches the HMAC-SM3 worked example', () => {
    expect(
      computeSignature({
        signMethod: 'HMAC-SM3',
        appSecret: SECRET,
        method: 'POST',
        path: '/api/v1/blacklist/entries:batch',
        body: BODY,
        timestamp: 1735689600000,
        nonce: 'b7e2c9d4a1f04e3c8d5a6b7c8d9e0f1a',
      }),
    ).toBe('5f15921f423f0ad2caf5fff05d16d66447eb3715faafc1816b20a8c87582fd10');
  });

  it('matches the HMAC-SHA256 worked example with a CJK, space and * query', () => {
    expect(
      computeSignature({
        signMethod: 'HMAC-SHA256',
        appSecret: SECRET,
        method: 'GET',
        path: '/api/v1/blacklist/check',
        query: { uscc: '91420100177737557Y', name: '武汉 测试*公司' },
        timestamp: 1735689600000,
        nonce: 'nonce-0000-0000-0001',
      }),
    ).toBe('418ae3baf075ea8205d22bea2d69a3876c3d4f8daa9d45b06e05a03ac2c61cc7');
  });
});

describe('canonicalQuery', () => {
  it('encodes spaces as %20 and escapes the sub-delims encodeURIComponent leaves alone', () => {
    expect(canonicalQuery({ q: "a b*c!(d)'e~f.g_h-i" })).toBe('q=a%20b%2Ac%21%28d%29%27e~f.g_h-i');
  });

  it('percent-encodes CJK as UTF-8', () => {
    expect(canonicalQuery({ name: '武汉' })).toBe('name=%E6%AD%A6%E6%B1%89');
  });

  it('sorts by name, then by value for repeated parameters', () => {
    expect(canonicalQuery({ status: ['b', 'a'], limit: '10', cursor: '' })).toBe(
      'cursor=&limit=10&status=a&status=b',
    );
  });

  it('is empty when there are no parameters', () => {
    expect(canonicalQuery(undefined)).toBe('');
    expect(canonicalQuery({})).toBe('');
  });

  it('reads the same parameters from a record, URLSearchParams and pairs', () => {
    const record = { b: ['2', '1'], a: 'x y' };
    const params = new URLSearchParams([
      ['b', '2'],
      ['a', 'x y'],
      ['b', '1'],
    ]);
    expect(canonicalQuery(params)).toBe(canonicalQuery(record));
    expect(canonicalQuery([...params])).toBe(canonicalQuery(record));
  });

  it('does not depend on the order parameters were given in (property)', () => {
    const pair = fc.tuple(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), fc.infiniteStream(fc.nat()), (pairs, noise) => {
        const shuffled = pairs
          .map((p) => ({ p, k: noise.next().value }))
          .sort((x, y) => x.k - y.k)
          .map(({ p }) => p);
        expect(canonicalQuery(shuffled)).toBe(canonicalQuery(pairs));
      }),
    );
  });

  it('round-trips: decoding the canonical query gives back the same pairs (property)', () => {
    const pair = fc.tuple(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
        const decoded = [...new URLSearchParams(canonicalQuery(pairs))];
        const sortKey = ([n, v]: readonly [string, string]) => `${percentEncode(n)}=${percentEncode(v)}`;
        expect(decoded.map(sortKey).sort()).toEqual(pairs.map(sortKey).sort());
      }),
    );
  });
});

describe('percentEncode', () => {
  it('leaves only RFC 3986 unreserved characters unencoded (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        expect(percentEncode(value)).toMatch(/^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(percentEncode(value))).toBe(value);
      }),
    );
  });
});
