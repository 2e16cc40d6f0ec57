import { describe, expect, it } from 'vitest';
import { assertRecord, isRecordValidationError, RECORD_VALIDATION_CODES } from '../../src/index.js';
import { PERSON_ID, sampleBlacklistEntry, samplePenalty, TODAY } from '../model/fixtures.js';

describe('assertRecord', () => {
  it('returns the typed record when it is valid', () => {
    const penalty = samplePenalty();
    expect(assertRecord('penalty', penalty, { today: TODAY })).toEqual(penalty);
  });

  it('throws RecordValidationError with the masked issues', () => {
    const entry = sampleBlacklistEntry();
    const badId = `${PERSON_ID.slice(0, 17)}${PERSON_ID.endsWith('1') ? '2' : '1'}`;
    const input = { ...entry, subject: { ...entry.subject, idNumber: badId }, listedDate: '2026-07-01' };
    let thrown: unknown;
    try {
      assertRecord('blacklist', input, { today: TODAY });
    } catch (error) {
      thrown = error;
    }
    expect(isRecordValidationError(thrown)).toBe(true);
    if (!isRecordValidationError(thrown)) return;
    expect(thrown.code).toBe('E_RECORD_INVALID');
    expect(thrown.issues.map((issue) => issue.code)).toEqual(['E_ID_CHECKSUM', 'E_DATE_FUTURE']);
    expect(JSON.stringify(thrown.toJSON())).not.toContain(badId);
    expect(thrown.message).not.toContain(badId);
    expect(thrown.message).toMatch(/^\[validate blacklist\] subject\.idNumber/);
  });

  it('documents every code it can report itself', () => {
    for (const code of ['E_REQUIRED', 'E_TYPE', 'E_ENUM', 'E_FORMAT', 'E_TOO_LONG', 'E_FINE_REQUIRED']) {
      expect(RECORD_VALIDATION_CODES).toHaveProperty(code);
    }
  });
});
