import { describe, expect, it } from 'vitest';
import {
  createLegacyMd5Signer,
  createSortedParamsMd5Signer,
  legacyMd5Signature,
  sortedParamsMd5Signature,
} from '../../src/index.js';

describe('sortedParamsMd5Signature', () => {
  it('reproduces the GongMall documentation vector (domain reference §6.2)', () => {
    expect(
      sortedParamsMd5Signature(
        {
          processNum: 'wi123456789',
          timestamp: '1490063145767',
          nonce: '76e71d31590d44f2aaa55fed6b3e267c',
          appKey: 'gmd930ea5d5a258f4f',
        },
        '192006250b4c09247ec02edce69f6a2d',
      ),
    ).toBe('93E1D6AF003B1061DF01CEB93523F142');
  });

  it('leaves out empty parameters and the sign parameter itself', () => {
    const base = {
      appKey: 'gmd930ea5d5a258f4f',
      nonce: '76e71d31590d44f2aaa55fed6b3e267c',
      processNum: 'wi123456789',
      timestamp: '1490063145767',
    };
    const secret = '192006250b4c09247ec02edce69f6a2d';
    expect(sortedParamsMd5Signature({ ...base, empty: '', missing: undefined, sign: 'OLD' }, secret)).toBe(
      '93E1D6AF003B1061DF01CEB93523F142',
    );
  });
});

describe('createSortedParamsMd5Signer', () => {
  it('adds appKey, timestamp, nonce and the GongMall signature to the query', () => {
    const signer = createSortedParamsMd5Signer({
      appKey: 'gmd930ea5d5a258f4f',
      appSecret: '192006250b4c09247ec02edce69f6a2d',
      now: () => 1490063145767,
      nonce: () => '76e71d31590d44f2aaa55fed6b3e267c',
    });
    const signed = signer({
      method: 'GET',
      url: 'http://127.0.0.1:1/api?processNum=wi123456789',
      headers: {},
    });
    expect(signed.url).toBe('http://127.0.0.1:1/api');
    expect(signed.query).toEqual({
      processNum: 'wi123456789',
      appKey: 'gmd930ea5d5a258f4f',
      timestamp: '1490063145767',
      nonce: '76e71d31590d44f2aaa55fed6b3e267c',
      sign: '93E1D6AF003B1061DF01CEB93523F142',
    });
  });
});

describe('legacyMd5Signature (Zhejiang gateway)', () => {
  it('is lowercase MD5 of appKey + secret + requestTime (RFC 1321 test suite vector)', () => {
    // The three parts concatenate to RFC 1321's 80-digit test message.
    const digits = '1234567890';
    expect(legacyMd5Signature({ appKey: digits, appSecret: digits.repeat(6), requestTime: digits })).toBe(
      '57edf4a22be3c955ac49da2e2107b67a',
    );
  });

  it('signs a request with appKey, requestTime and sign query parameters, keeping existing ones', () => {
    const signer = createLegacyMd5Signer({ appKey: 'app', appSecret: 'secret', now: () => 1490063145767 });
    const signed = signer({ method: 'POST', url: '/datashare', query: { uscc: ['a', 'b'] }, headers: {} });
    expect(signed.query).toEqual({
      uscc: ['a', 'b'],
      appKey: 'app',
      requestTime: '1490063145767',
      sign: legacyMd5Signature({ appKey: 'app', appSecret: 'secret', requestTime: '1490063145767' }),
    });
    expect(signed.query?.sign).toMatch(/^[0-9a-f]{32}$/);
  });
});
