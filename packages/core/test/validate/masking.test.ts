import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, validateRecord } from '../../src/index.js';
import { PERSON_ID, sampleBlacklistEntry, samplePenalty, TODAY } from '../model/fixtures.js';

const badId = `${PERSON_ID.slice(0, 17)}${PERSON_ID.endsWith('1') ? '2' : '1'}`;
const longName = `测${'试'.repeat(200)}`;

type Corruption = (record: Record<string, unknown>) => Record<string, unknown>;

function withSubject(
  record: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  return { ...record, subject: { ...(record.subject as object), ...patch } };
}

const personCorruptions: Corruption[] = [
  (r) => withSubject(r, { idNumber: badId }),
  (r) => withSubject(r, { idNumber: `${PERSON_ID}${'0'.repeat(50)}` }),
  (r) => withSubject(r, { idNumber: Number(PERSON_ID) }),
  (r) => withSubject(r, { name: longName }),
  (r) => withSubject(r, { idType: 'residence_card' }),
  (r) => withSubject(r, { legalRepIdNumber: PERSON_ID }),
  (r) => ({ ...r, idNumber: PERSON_ID }),
  (r) => ({ ...r, sfzh: `身份证 ${PERSON_ID}` }),
  (r) => ({ ...r, reason: 7, listedDate: PERSON_ID }),
  (r) => ({ ...r, subject: `测试丙 ${PERSON_ID}` }),
];

describe('issue values are masked', () => {
  it('never carry a raw identity number, whatever is wrong with a natural-person record', () => {
    fc.assert(
      fc.property(fc.subarray(personCorruptions, { minLength: 1 }), (corruptions) => {
        const input = corruptions.reduce<Record<string, unknown>>(
          (record, corrupt) => corrupt(record),
          sampleBlacklistEntry() as unknown as Record<string, unknown>,
        );
        const result = validateRecord('blacklist', input, { today: TODAY });
        expect(result.ok).toBe(false);
        const text = JSON.stringify(result);
        expect(text).not.toContain(PERSON_ID);
        expect(text).not.toContain(badId);
        expect(text).not.toContain(longName);
      }),
    );
  });

  it('masks an identity number with maskIdNumber and a person name with maskName', () => {
    const entry = sampleBlacklistEntry();
    const result = validateRecord(
      'blacklist',
      { ...entry, subject: { ...entry.subject, idNumber: badId, name: longName } },
      { today: TODAY },
    );
    const issues = result.ok ? [] : result.issues;
    expect(issues.find((issue) => issue.code === 'E_ID_CHECKSUM')?.value).toBe(maskIdNumber(badId));
    expect(issues.find((issue) => issue.code === 'E_TOO_LONG')?.value).toBe(maskName(longName));
  });

  it("masks a legal representative's number and name, but not an organisation's name", () => {
    const penalty = samplePenalty();
    const orgName = '汉'.repeat(201);
    const subject = {
      ...penalty.subject,
      name: orgName,
      legalRepresentative: longName,
      legalRepIdNumber: badId,
    };
    const result = validateRecord('penalty', { ...penalty, subject }, { today: TODAY });
    const byPath = Object.fromEntries(
      (result.ok ? [] : result.issues).map((i) => [i.path.join('.'), i.value]),
    );
    expect(byPath['subject.legalRepIdNumber']).toBe(maskIdNumber(badId));
    expect(byPath['subject.legalRepresentative']).toBe(maskName(longName));
    expect(byPath['subject.name']).toBe(orgName);
  });
});
