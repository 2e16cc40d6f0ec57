import { DEFAULT_CREDIT_PLATFORM_PROFILE } from '@credit-bridge/core';
import type { HttpRequest } from '@credit-bridge/http';
import { describe, expect, it } from 'vitest';
import { resolveCreditPlatformOptions } from '../../src/index.js';
import { RENAMED_PROFILE } from '../support/renamed-profile.js';

const base = { baseUrl: 'http://127.0.0.1:4010', appKey: 'app', appSecret: 'secret-0123456789' };
const request: HttpRequest = {
  method: 'GET',
  url: 'http://127.0.0.1:4010/api/v1/blacklist/check?uscc=1',
  headers: {},
};

describe('resolveCreditPlatformOptions', () => {
  it('fills every default from the profile and the transport', () => {
    const resolved = resolveCreditPlatformOptions(base);
    expect(resolved.profile).toBe(DEFAULT_CREDIT_PLATFORM_PROFILE);
    expect(resolved.pageSize).toBe(100);
    expect(resolved.precheck).toBe('strict');
    expect(resolved.poll).toEqual({
      initialDelayMs: 1_000,
      maxDelayMs: 10_000,
      factor: 1.5,
      timeoutMs: 120_000,
    });
    expect(resolved.http.retry.maxAttempts).toBe(4);
    expect(resolveCreditPlatformOptions({ ...base, profile: RENAMED_PROFILE }).pageSize).toBe(4);
  });

  it('refuses bad options at construction with E_CONFIG', () => {
    for (const options of [
      { ...base, appSecret: '' },
      { ...base, baseUrl: 'ftp://x' },
      { ...base, pageSize: 501 },
      { ...base, pageSize: 0 },
      { ...base, poll: { factor: 0 } },
      { ...base, http: { deadlineMs: -1 } },
    ]) {
      expect(() => resolveCreditPlatformOptions(options)).toThrow(
        expect.objectContaining({ code: 'E_CONFIG' }),
      );
    }
  });

  it("signs under the profile's header names and method, with the transport clock", () => {
    const contract = resolveCreditPlatformOptions({ ...base, http: { clock: () => 1_767_232_800_000 } }).http
      .sign;
    const signed = contract?.(request);
    expect(signed?.headers).toMatchObject({
      'X-App-Key': 'app',
      'X-Timestamp': '1767232800000',
      'X-Sign-Method': 'HMAC-SM3',
    });
    const renamed = resolveCreditPlatformOptions({ ...base, profile: RENAMED_PROFILE }).http.sign?.(request);
    expect(Object.keys(renamed?.headers ?? {}).sort()).toEqual([
      'X-Gw-App',
      'X-Gw-Nonce',
      'X-Gw-Sign',
      'X-Gw-Sign-Method',
      'X-Gw-Time',
    ]);
    expect(renamed?.headers['X-Gw-Sign-Method']).toBe('HMAC-SHA256');
    const sha = resolveCreditPlatformOptions({ ...base, signMethod: 'HMAC-SHA256' }).http.sign?.(request);
    expect(sha?.headers['X-Sign-Method']).toBe('HMAC-SHA256');
  });

  it('takes a legacy signer instead, without credentials', () => {
    const signer = (input: HttpRequest) => ({ ...input, headers: { ...input.headers, sign: 'legacy' } });
    const resolved = resolveCreditPlatformOptions({ ...base, appKey: '', appSecret: '', signer });
    expect(resolved.http.sign?.(request).headers).toEqual({ sign: 'legacy' });
  });
});
