import { isContractError, isPlatformError } from '@credit-bridge/http';
import { describe, expect, it } from 'vitest';
import { RENAMED_PROFILE } from '../support/renamed-profile.js';
import { ok, stubClient } from '../support/stub-sender.js';

const SUBJECT = { uscc: '91420111CB0001035J' };
const NOT_LISTED = { listed: false, entries: [], checkedAt: '2026-01-06T09:30:00+08:00' };
const failure = (code: string, errorCode: string, message = 'failed') => ({
  code,
  message,
  requestId: 'stub-request',
  error: { code: errorCode, details: [{ code: errorCode, message }] },
});

describe('reading envelopes', () => {
  it('returns the data of a success and validates it', async () => {
    const { client } = stubClient(() => ok(NOT_LISTED));
    await expect(client.blacklist.check(SUBJECT)).resolves.toEqual(NOT_LISTED);
  });

  it('a failure envelope with an HTTP status is a PlatformError with both codes, not retried when final', async () => {
    const { client, requests } = stubClient(() => ({ status: 401, body: failure('99', 'E_AUTH_SKEW') }));
    const error = await client.blacklist.check(SUBJECT).catch((caught: unknown) => caught);
    expect(
      isPlatformError(error) && [error.platformCode, error.errorCode, error.httpStatus, error.retryable],
    ).toEqual(['99', 'E_AUTH_SKEW', 401, false]);
    expect(requests).toHaveLength(1);
  });

  it('a transient failure keeps its retryable flag after the retries ran out', async () => {
    const { client, requests } = stubClient(() => ({ status: 503, body: failure('99', 'E_UNAVAILABLE') }), {
      http: { retry: { maxAttempts: 3 } },
    });
    const error = await client.blacklist.check(SUBJECT).catch((caught: unknown) => caught);
    expect(isPlatformError(error) && [error.errorCode, error.retryable, error.attempts]).toEqual([
      'E_UNAVAILABLE',
      true,
      3,
    ]);
    expect(requests).toHaveLength(3);
  });

  it('under always-200, a failure inside a 200 answer is a PlatformError; a transient one is retried first', async () => {
    const renamedFailure = (errorCode: string) => ({
      retCode: '1099',
      retMsg: 'failed',
      traceId: 't-1',
      fault: { code: errorCode, details: [] },
    });
    const answers = [
      renamedFailure('E_UNAVAILABLE'),
      renamedFailure('E_RATE_LIMITED'),
      renamedFailure('E_NOT_FOUND'),
    ];
    const { client, requests } = stubClient((_, index) => ({ body: answers[index] ?? answers[2] }), {
      profile: RENAMED_PROFILE,
    });
    const error = await client.repairs.get('XYXF-1').catch((caught: unknown) => caught);
    expect(isPlatformError(error) && [error.platformCode, error.errorCode, error.httpStatus]).toEqual([
      '1099',
      'E_NOT_FOUND',
      200,
    ]);
    expect(requests).toHaveLength(3);
  });

  it('a broken envelope or data is a ContractError with the JSON path and a masked snippet', async () => {
    const personal = '420111199302170464';
    const cases: [unknown, string][] = [
      [{ code: 0, message: '', requestId: 'r' }, 'code'],
      [{ code: '00', message: '成功', requestId: 'r' }, 'data'],
      [ok({ listed: 'no', entries: [], checkedAt: '2026-01-06T09:30:00+08:00' }).body, 'data.listed'],
      [
        ok({ ...NOT_LISTED, entries: [{ RECORD_ID: 'SXMD-1', SXMD_ZJHM: personal, SXMD_ZTLB: '自然人' }] })
          .body,
        'data.entries[0]',
      ],
      ['<html>502</html>', '$'],
    ];
    for (const [body, path] of cases) {
      const { client } = stubClient(() => ({ body }));
      const error = await client.blacklist.check(SUBJECT).catch((caught: unknown) => caught);
      expect(isContractError(error)).toBe(true);
      expect(String((error as { details: { jsonPath: string } }).details.jsonPath).startsWith(path)).toBe(
        true,
      );
      expect(JSON.stringify(error)).not.toContain(personal);
    }
  });

  it('a record in an answer that breaks its schema names the platform column', async () => {
    const row = {
      RECORD_ID: 'SXMD-420111-2026-0001',
      RECORD_VERSION: '1',
      SOURCE_SYSTEM: 'x',
      DFBM: '420111',
      SXMD_ZT: '列入',
      SXMD_TYSHXYDM: 'bad',
    };
    const { client } = stubClient(() => ok({ ...NOT_LISTED, listed: true, entries: [row] }));
    const error = await client.blacklist.check(SUBJECT).catch((caught: unknown) => caught);
    expect(isContractError(error) && error.jsonPath.slice(0, 3)).toEqual(['data', 'entries', 0]);
    expect(isContractError(error) && typeof error.jsonPath[3]).toBe('string');
    expect(String(isContractError(error) && error.jsonPath[3])).toMatch(/^SXMD_/);
  });
});
