import { defineExchangePlatformProfile } from '@credit-bridge/core';
import { describe, expect, it } from 'vitest';
import { type ExchangeClientOptions, resolveExchangeOptions } from '../../src/index.js';

const base: ExchangeClientOptions = {
  baseUrl: 'http://127.0.0.1:4010/',
  appKey: 'cb-demo-district',
  appSecret: 'cb-demo-secret-0123456789abcdef',
  senderCode: '11420103CBG1030147',
};

describe('resolveExchangeOptions', () => {
  it("fills in the contract's defaults once", () => {
    const resolved = resolveExchangeOptions(base);
    expect(resolved).toMatchObject({
      senderCode: '11420103CBG1030147',
      regionCode: '420103',
      encoding: 'UTF-8',
      digestAlgorithm: 'SM3',
      pageSize: 20,
    });
    expect(resolved.profile.name).toBe('credit-bridge-exchange-v1');
    expect(resolved.http.baseUrl).toBe('http://127.0.0.1:4010');
    expect(typeof resolved.http.sign).toBe('function');
  });

  it('passes the injected clock and id source to the transport', () => {
    const resolved = resolveExchangeOptions({ ...base, clock: () => 42, idSource: () => 'req-1' });
    expect(resolved.http.clock()).toBe(42);
    expect(resolved.http.idSource()).toBe('req-1');
  });

  it('signs under the header names of the profile', () => {
    const profile = defineExchangePlatformProfile({ signing: { headers: { signature: 'X-Sign' } } });
    const sign = resolveExchangeOptions({ ...base, profile, clock: () => 1_767_580_000_000 }).http.sign;
    const signed = sign?.({ method: 'GET', url: 'http://127.0.0.1:4010/exchange/v1/catalog', headers: {} });
    expect(signed?.headers['X-Sign']).toMatch(/^[0-9a-f]{64}$/);
    expect(signed?.headers['X-Signature']).toBeUndefined();
    expect(signed?.headers['X-App-Key']).toBe('cb-demo-district');
  });

  it.each([
    ['no secret', { appSecret: '' }],
    ['a sender that is not a USCC', { senderCode: '1142010' }],
    ['a region that is not six digits', { regionCode: '4201' }],
    ['an encoding the codec does not write', { encoding: 'GBK' }],
    ['a digest algorithm the contract does not name', { digestAlgorithm: 'MD5' }],
    ['a page size above the maximum', { pageSize: 101 }],
    ['a page size of zero', { pageSize: 0 }],
    ['a base URL that is not http', { baseUrl: 'ftp://127.0.0.1' }],
  ])('refuses %s with E_CONFIG at construction', (_name, override) => {
    expect(() =>
      resolveExchangeOptions({ ...base, ...(override as Partial<ExchangeClientOptions>) }),
    ).toThrow(expect.objectContaining({ code: 'E_CONFIG' }));
  });

  it("refuses an encoding the profile's platform does not accept", () => {
    const profile = defineExchangePlatformProfile({ charsets: ['UTF-8'] });
    expect(() => resolveExchangeOptions({ ...base, profile, encoding: 'GB18030' })).toThrow(
      expect.objectContaining({ code: 'E_CONFIG' }),
    );
  });
});
