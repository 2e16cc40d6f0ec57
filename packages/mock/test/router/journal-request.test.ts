import { DEFAULT_CREDIT_PLATFORM_PROFILE, maskIdNumber, redact, redactText } from '@credit-bridge/core';
import { describe, expect, it } from 'vitest';
import { createJournal, mockRequestFromUrl } from '../../src/index.js';
import { journalRequest } from '../../src/router/journal-request.js';

const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const ID_NUMBER = '11010519491231002X';
const AT = Date.parse('2026-07-15T10:00:00+08:00');
const failure = encode({
  code: '96',
  message: 'x',
  requestId: 'r-1',
  error: { code: 'E_VALIDATION', details: [] },
});

describe('journalRequest', () => {
  it('journals the masked request body, the envelope codes and the facts, in the order the journal shows them', () => {
    const journal = createJournal();
    const body = {
      records: [{ CF_XDR_LB: '自然人', CF_XDR_MC: '张三丰', CF_FR_ZJHM: ID_NUMBER, note: `id ${ID_NUMBER}` }],
    };
    const request = mockRequestFromUrl('POST', `/api/v1/penalties:batch?phone=13812345678`, {}, encode(body));
    journalRequest(journal, DEFAULT_CREDIT_PLATFORM_PROFILE, {
      platform: 'credit',
      at: AT,
      request,
      response: { status: 400, headers: {}, body: failure },
      operation: 'penaltiesSubmit',
      requestId: 'r-1',
      appKey: 'demo-app',
      idempotencyKey: 'key-0000000000000001',
      replayed: true,
      fault: { kind: 'status', status: 503, timing: 'afterCommit' },
    });
    const [entry] = journal.entries();
    expect(JSON.stringify(entry)).toBe(
      JSON.stringify({
        seq: 1,
        at: AT,
        timestamp: '2026-07-15T10:00:00.000+08:00',
        platform: 'credit',
        method: 'POST',
        path: '/api/v1/penalties:batch',
        query: redactText('phone=13812345678'),
        status: 400,
        requestId: 'r-1',
        operation: 'penaltiesSubmit',
        code: '96',
        errorCode: 'E_VALIDATION',
        appKey: 'demo-app',
        idempotencyKey: 'key-0000000000000001',
        replayed: true,
        fault: 'status',
        faultTiming: 'afterCommit',
        requestBody: redact(body),
      }),
    );
    expect(JSON.stringify(entry)).not.toContain(ID_NUMBER);
    expect(JSON.stringify(entry)).toContain(maskIdNumber(ID_NUMBER));
  });

  it("keeps what the operation put in the body's place, and masks a body that is not JSON as text", () => {
    const journal = createJournal();
    const facts = (body: string, extras = {}) => ({
      platform: 'exchange' as const,
      at: AT,
      request: mockRequestFromUrl('POST', '/exchange/v1/messages', {}, encode(body)),
      response: { status: 200, headers: {}, body: encode('<Receipt/>') },
      requestId: 'r-2',
      ...extras,
    });
    journalRequest(
      journal,
      DEFAULT_CREDIT_PLATFORM_PROFILE,
      facts('<X/>', { requestBody: { bytes: 4 }, messageId: 'm-1', receiptStatus: 'ACCEPTED' }),
    );
    journalRequest(journal, DEFAULT_CREDIT_PLATFORM_PROFILE, facts(`<X>${ID_NUMBER}</X>`));
    journalRequest(journal, DEFAULT_CREDIT_PLATFORM_PROFILE, facts('', { requestBody: undefined }));
    const [first, second, third] = journal.entries();
    expect(first).toMatchObject({ requestBody: { bytes: 4 }, messageId: 'm-1', receiptStatus: 'ACCEPTED' });
    expect(first).not.toHaveProperty('code');
    expect(second?.requestBody).toBe(redactText(`<X>${ID_NUMBER}</X>`));
    expect(third).not.toHaveProperty('requestBody');
  });
});
