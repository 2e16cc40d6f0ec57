import { describe, expect, it } from 'vitest';
import {
  CreditBridgeError,
  isCreditBridgeError,
  isRecordValidationError,
  RecordValidationError,
} from '../src/index.js';

describe('CreditBridgeError', () => {
  it('redacts its message and details at construction', () => {
    const error = new CreditBridgeError({
      code: 'E_TEST',
      message: 'subject 11010519491231002X rejected',
      details: { idNumber: '11010519491231002X', appSecret: 'abc' },
    });
    expect(error.message).toBe('subject 110***********002X rejected');
    expect(error.details).toEqual({ idNumber: '110***********002X', appSecret: '[REDACTED]' });
    expect(error.retryable).toBe(false);
    expect(JSON.stringify(error)).not.toContain('19491231');
  });

  it('is recognised across copies by its brand, not by instanceof', () => {
    const foreign = Object.assign(new Error('x'), { code: 'E_X' });
    Object.defineProperty(foreign, Symbol.for('@credit-bridge/error'), { value: true });
    expect(isCreditBridgeError(foreign)).toBe(true);
    expect(isCreditBridgeError(new Error('plain'))).toBe(false);
    expect(isCreditBridgeError({ code: 'E_X' })).toBe(false);
  });

  it('summarises record validation issues in its message', () => {
    const error = new RecordValidationError({
      recordType: 'penalty',
      issues: [
        { path: ['subject', 'uscc'], code: 'E_USCC_CHECKSUM', message: 'check character is wrong' },
        { path: ['decisionDate'], code: 'E_DATE_FUTURE', message: 'in the future' },
      ],
    });
    expect(error.message).toBe('[validate penalty] subject.uscc: check character is wrong (+1 more)');
    expect(isRecordValidationError(error)).toBe(true);
    expect(error.code).toBe('E_RECORD_INVALID');
  });
});
