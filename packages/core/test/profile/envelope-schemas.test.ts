import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CREDIT_PLATFORM_PROFILE,
  defineCreditPlatformProfile,
  envelopeIssueSchema,
  envelopeSchemas,
} from '../../src/index.js';

describe('envelopeSchemas', () => {
  const { head, success, failure } = envelopeSchemas(DEFAULT_CREDIT_PLATFORM_PROFILE.envelope);

  it('reads the contract envelope: success with data, failure with error details', () => {
    expect(success.safeParse({ code: '00', message: 'OK', requestId: 'r-1', data: { n: 1 } }).success).toBe(
      true,
    );
    const failed = {
      code: '99',
      message: 'bad',
      requestId: 'r-2',
      error: { code: 'E_VALIDATION', details: [{ code: 'E_REQUIRED', field: 'CF_WSH', message: 'missing' }] },
    };
    expect(failure.safeParse(failed).success).toBe(true);
    expect(head.safeParse(failed).success).toBe(true);
    expect(success.safeParse(failed).success).toBe(false);
  });

  it('refuses a broken envelope: no request id, a malformed issue code, a non-string code', () => {
    expect(success.safeParse({ code: '00', message: 'OK', data: {} }).success).toBe(false);
    expect(
      failure.safeParse({
        code: '99',
        message: 'bad',
        requestId: 'r',
        error: { code: 'E_X', details: [{ code: 'bad', message: 'm' }] },
      }).success,
    ).toBe(false);
    expect(head.safeParse({ code: 0 }).success).toBe(false);
    expect(envelopeIssueSchema.safeParse({ code: 'E_X', message: 'x'.repeat(1001) }).success).toBe(false);
  });

  it('follows a profile that renames the envelope fields and the success code', () => {
    const profile = defineCreditPlatformProfile({
      envelope: {
        fields: { code: 'retCode', message: 'retMsg', requestId: 'traceId', data: 'result', error: 'err' },
        successCode: '0000',
      },
    });
    const renamed = envelopeSchemas(profile.envelope);
    expect(
      renamed.success.safeParse({ retCode: '0000', retMsg: 'OK', traceId: 't', result: [] }).success,
    ).toBe(true);
    expect(renamed.success.safeParse({ code: '00', message: 'OK', requestId: 'r', data: [] }).success).toBe(
      false,
    );
  });
});
