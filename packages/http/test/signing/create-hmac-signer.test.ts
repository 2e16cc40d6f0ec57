import { timingSafeEqualHex } from '@credit-bridge/core';
import { describe, expect, it } from 'vitest';
import { computeSignature, createHmacSigner, type HttpRequest } from '../../src/index.js';

const request: HttpRequest = {
  method: 'POST',
  url: 'http://127.0.0.1:4010/api/v1/blacklist/entries:batch',
  headers: { 'Content-Type': 'application/json' },
  body: '{"entries":[{"entryId":"SXMD-2025-0001","version":1}]}',
};

describe('createHmacSigner', () => {
  it('adds the five contract headers with the worked example signature', () => {
    const signer = createHmacSigner({
      appKey: 'demo-app',
      appSecret: 'demo-secret-0123456789',
      now: () => 1735689600000,
      nonce: () => 'b7e2c9d4a1f04e3c8d5a6b7c8d9e0f1a',
    });
    expect(signer(request).headers).toEqual({
      'Content-Type': 'application/json',
      'X-App-Key': 'demo-app',
      'X-Timestamp': '1735689600000',
      'X-Nonce': 'b7e2c9d4a1f04e3c8d5a6b7c8d9e0f1a',
      'X-Sign-Method': 'HMAC-SM3',
      'X-Signature': '5f15921f423f0ad2caf5fff05d16d66447eb3715faafc1816b20a8c87582fd10',
    });
  });

  it("writes the headers under a profile's names, keeping the contract's for those it leaves out", () => {
    const fixed = {
      appKey: 'demo-app',
      appSecret: 'demo-secret-0123456789',
      now: () => 1735689600000,
      nonce: () => 'b7e2c9d4a1f04e3c8d5a6b7c8d9e0f1a',
    };
    const renamed = createHmacSigner({
      ...fixed,
      headers: { appKey: 'X-Gw-App', timestamp: 'X-Gw-Time', signature: 'X-Gw-Sign' },
    })(request).headers;
    expect(renamed).toEqual({
      'Content-Type': 'application/json',
      'X-Gw-App': 'demo-app',
      'X-Gw-Time': '1735689600000',
      'X-Nonce': 'b7e2c9d4a1f04e3c8d5a6b7c8d9e0f1a',
      'X-Sign-Method': 'HMAC-SM3',
      'X-Gw-Sign': createHmacSigner(fixed)(request).headers['X-Signature'],
    });
  });

  it('signs the URL path and the merged query so that a verifier with the same code agrees', () => {
    const signer = createHmacSigner({ appKey: 'k', appSecret: 's', method: 'HMAC-SHA256' });
    const signed = signer({
      method: 'GET',
      url: 'http://127.0.0.1:4010/gw/api/v1/blacklist/check?uscc=914201000000000001',
      query: { name: '测试 公司' },
      headers: {},
    });
    const expected = computeSignature({
      signMethod: 'HMAC-SHA256',
      appSecret: 's',
      method: 'GET',
      path: '/gw/api/v1/blacklist/check',
      query: new URLSearchParams({ name: '测试 公司', uscc: '914201000000000001' }),
      timestamp: signed.headers['X-Timestamp'] ?? '',
      nonce: signed.headers['X-Nonce'] ?? '',
    });
    expect(timingSafeEqualHex(signed.headers['X-Signature'] ?? '', expected)).toBe(true);
    expect(signed.headers['X-Sign-Method']).toBe('HMAC-SHA256');
  });

  it('uses a fresh 32-character nonce and the current time on every call', () => {
    let now = 1000;
    const signer = createHmacSigner({ appKey: 'k', appSecret: 's', now: () => now++ });
    const first = signer(request).headers;
    const second = signer(request).headers;
    expect(first['X-Nonce']).toMatch(/^[A-Za-z0-9-]{32}$/);
    expect(second['X-Nonce']).not.toBe(first['X-Nonce']);
    expect([first['X-Timestamp'], second['X-Timestamp']]).toEqual(['1000', '1001']);
    expect(second['X-Signature']).not.toBe(first['X-Signature']);
  });

  it('rejects a nonce outside 16–64 characters of [A-Za-z0-9-]', () => {
    for (const nonce of ['short', 'x'.repeat(65), 'has space in it 0000', 'ünïcødé-0123456789']) {
      const signer = createHmacSigner({ appKey: 'k', appSecret: 's', nonce: () => nonce });
      expect(() => signer(request)).toThrow(expect.objectContaining({ code: 'E_CONFIG' }));
    }
  });

  it('does not modify the request it was given', () => {
    const signer = createHmacSigner({ appKey: 'k', appSecret: 's' });
    signer(request);
    expect(request.headers).toEqual({ 'Content-Type': 'application/json' });
  });
});

describe('the contract worked example (docs/guides/signing-requests.md)', () => {
  const example: HttpRequest = {
    method: 'POST',
    url: 'http://127.0.0.1:4010/api/v1/blacklist/check:batch?tag=b&region=%E6%B1%9F%E6%B1%89%E5%8C%BA&tag=a&region=420103',
    headers: {},
    body: '{"subjects":[{"uscc":"91420103CB0001019A"},{"idNumber":"420111199302170464"}]}',
  };
  const fixed = {
    appKey: 'cb-demo-district',
    appSecret: 'cb-demo-secret-0123456789abcdef',
    now: () => 1767232800000,
    nonce: () => '5f2b8c1e-9a47-4d36-b0c2-7e1f3a9d6c84',
  };

  it('gives the documented HMAC-SM3 signature', () => {
    expect(createHmacSigner(fixed)(example).headers['X-Signature']).toBe(
      'fb80bfc9c05262ac02eb273777600cf5e992db71ec99ccd21853228a900ef37e',
    );
  });

  it('gives the documented HMAC-SHA256 signature', () => {
    expect(createHmacSigner({ ...fixed, method: 'HMAC-SHA256' })(example).headers['X-Signature']).toBe(
      'c79ed3f485a115a63bda833c9756639cebe1bb11ac77a931a9840206da47d7c7',
    );
  });
});
