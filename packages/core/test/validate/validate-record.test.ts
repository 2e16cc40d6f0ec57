import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromWireRecord,
  RECORD_TYPES,
  RECORD_VALIDATION_CODES,
  type RecordType,
  toWireRecord,
  USCC_PLACEHOLDER,
  type ValidationIssue,
  validateRecord,
} from '../../src/index.js';
import { blacklistArb, licenseArb, penaltyArb, repairArb } from '../model/arbitraries.js';
import {
  AUTHORITY_USCC,
  BUSINESS_USCC,
  COMPANY_USCC,
  makeUscc,
  PERSON_ID,
  sampleBlacklistEntry,
  sampleLicense,
  samplePenalty,
  sampleRepair,
  TODAY,
} from '../model/fixtures.js';

const arbitraries: { [T in RecordType]: fc.Arbitrary<unknown> } = {
  penalty: penaltyArb,
  license: licenseArb,
  blacklist: blacklistArb,
  repair: repairArb,
};

const samples = {
  penalty: samplePenalty,
  license: sampleLicense,
  blacklist: sampleBlacklistEntry,
  repair: sampleRepair,
};

function issuesOf(type: RecordType, input: unknown, options = {}): ValidationIssue[] {
  const result = validateRecord(type, input, { today: TODAY, ...options });
  return result.ok ? [] : result.issues;
}

function brief(issues: readonly ValidationIssue[]): { path: string; code: string }[] {
  return issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
}

describe('validateRecord accepts valid records', () => {
  it.each(RECORD_TYPES)('%s: every generated valid record passes unchanged', (type) => {
    fc.assert(
      fc.property(arbitraries[type], (record) => {
        const result = validateRecord(type, record, { today: TODAY });
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(result.ok && result.value).toEqual(record);
      }),
      { numRuns: 150 },
    );
  });

  it.each(RECORD_TYPES)('%s: a record read back from its wire form still passes', (type) => {
    fc.assert(
      fc.property(arbitraries[type], (record) => {
        const wire = toWireRecord(type, record as never);
        expect(validateRecord(type, fromWireRecord(type, wire), { today: TODAY }).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

const legalSubject = samplePenalty().subject;
const personSubject = sampleBlacklistEntry().subject;
const badCheck = `${COMPANY_USCC.slice(0, 17)}${COMPANY_USCC.endsWith('1') ? '2' : '1'}`;
const goodOrg = COMPANY_USCC.slice(8, 17);
const badOrg = `${goodOrg.slice(0, 8)}${goodOrg.endsWith('1') ? '2' : '1'}`;
const badId = `${PERSON_ID.slice(0, 17)}${PERSON_ID.endsWith('1') ? '2' : '1'}`;

type Case = [
  code: string,
  type: RecordType,
  mutate: (record: Record<string, unknown>) => unknown,
  path: string,
];

const cases: Case[] = [
  ['E_REQUIRED', 'penalty', ({ decisionNo: _, ...rest }) => rest, 'decisionNo'],
  ['E_REQUIRED', 'penalty', (r) => ({ ...r, facts: '  ' }), 'facts'],
  ['E_REQUIRED', 'penalty', (r) => ({ ...r, kinds: [] }), 'kinds'],
  [
    'E_REQUIRED',
    'penalty',
    (r) => ({ ...r, subject: { ...legalSubject, legalRepresentative: undefined } }),
    'subject.legalRepresentative',
  ],
  [
    'E_REQUIRED',
    'blacklist',
    (r) => ({ ...r, subject: { ...personSubject, idType: undefined } }),
    'subject.idType',
  ],
  [
    'E_REQUIRED',
    'penalty',
    (r) => ({ ...r, subject: { ...legalSubject, legalRepIdType: undefined } }),
    'subject.legalRepIdType',
  ],
  ['E_REQUIRED', 'blacklist', (r) => ({ ...r, action: 'remove', removalReason: '已修复' }), 'removedDate'],
  [
    'E_REQUIRED',
    'blacklist',
    (r) => ({ ...r, action: 'remove', removedDate: '2026-05-01' }),
    'removalReason',
  ],
  ['E_REQUIRED', 'repair', ({ decision: _, ...rest }) => rest, 'decision'],
  ['E_TYPE', 'penalty', (r) => ({ ...r, version: '1' }), 'version'],
  ['E_TYPE', 'penalty', (r) => ({ ...r, fineFen: 0.5 }), 'fineFen'],
  [
    'E_TYPE',
    'license',
    (r) => ({ ...r, subject: { ...(r.subject as object), uscc: 9242011300000 } }),
    'subject.uscc',
  ],
  ['E_ENUM', 'penalty', (r) => ({ ...r, kinds: ['warning', 'caning'] }), 'kinds.1'],
  [
    'E_ENUM',
    'penalty',
    (r) => ({ ...r, subject: { ...legalSubject, category: 'company' } }),
    'subject.category',
  ],
  ['E_ENUM', 'license', (r) => ({ ...r, status: 'revoked' }), 'status'],
  ['E_FORMAT', 'penalty', (r) => ({ ...r, decisionDate: '2026/03/02' }), 'decisionDate'],
  ['E_FORMAT', 'penalty', (r) => ({ ...r, decisionDate: '2026-02-29' }), 'decisionDate'],
  ['E_FORMAT', 'penalty', (r) => ({ ...r, regionCode: '42011' }), 'regionCode'],
  [
    'E_FORMAT',
    'repair',
    (r) => ({ ...r, decision: { outcome: 'approved', decidedAt: '2026-06-10 16:30', decidedBy: 'x' } }),
    'decision.decidedAt',
  ],
  [
    'E_FORMAT',
    'repair',
    (r) => ({ ...r, materials: [{ name: 'a.pdf', sm3: 'A'.repeat(64) }] }),
    'materials.0.sm3',
  ],
  ['E_TOO_LONG', 'penalty', (r) => ({ ...r, decisionNo: '号'.repeat(129) }), 'decisionNo'],
  [
    'E_TOO_LONG',
    'penalty',
    (r) => ({
      ...r,
      kinds: ['warning', 'restrict_operations', 'order_suspension', 'legacy_suspend_or_revoke_license'],
    }),
    'kinds',
  ],
  ['E_RANGE', 'penalty', (r) => ({ ...r, version: 0 }), 'version'],
  ['E_RANGE', 'penalty', (r) => ({ ...r, fineFen: -100 }), 'fineFen'],
  ['E_DUPLICATE', 'penalty', (r) => ({ ...r, kinds: ['fine', 'fine'] }), 'kinds'],
  ['E_UNKNOWN_FIELD', 'penalty', (r) => ({ ...r, penaltyAmount: 2000 }), 'penaltyAmount'],
  [
    'E_UNKNOWN_FIELD',
    'blacklist',
    (r) => ({ ...r, subject: { ...personSubject, uscc: COMPANY_USCC } }),
    'subject.uscc',
  ],
  ['E_NOT_APPLICABLE', 'blacklist', (r) => ({ ...r, removedDate: '2026-05-01' }), 'removedDate'],
  [
    'E_USCC_CHECKSUM',
    'penalty',
    (r) => ({ ...r, subject: { ...legalSubject, uscc: badCheck } }),
    'subject.uscc',
  ],
  [
    'E_USCC_LENGTH',
    'penalty',
    (r) => ({ ...r, subject: { ...legalSubject, uscc: COMPANY_USCC.slice(1) } }),
    'subject.uscc',
  ],
  [
    'E_USCC_CHARSET',
    'penalty',
    (r) => ({ ...r, authorityUscc: `I${AUTHORITY_USCC.slice(1)}` }),
    'authorityUscc',
  ],
  ['E_USCC_CHECKSUM', 'license', (r) => ({ ...r, dataSourceUscc: badCheck }), 'dataSourceUscc'],
  [
    'E_ORG_CHECKSUM',
    'penalty',
    (r) => ({ ...r, subject: { ...legalSubject, orgCode: badOrg } }),
    'subject.orgCode',
  ],
  [
    'E_ID_CHECKSUM',
    'blacklist',
    (r) => ({ ...r, subject: { ...personSubject, idNumber: badId } }),
    'subject.idNumber',
  ],
  [
    'E_ID_CHECKSUM',
    'penalty',
    (r) => ({ ...r, subject: { ...legalSubject, legalRepIdNumber: badId } }),
    'subject.legalRepIdNumber',
  ],
  [
    'E_PLACEHOLDER_NEEDS_REGISTRATION',
    'license',
    (r) => ({ ...r, subject: { ...(r.subject as object), uscc: USCC_PLACEHOLDER } }),
    'subject.registrationNo',
  ],
  [
    'E_USCC_PLACEHOLDER_NOT_ALLOWED',
    'penalty',
    (r) => ({ ...r, authorityUscc: USCC_PLACEHOLDER }),
    'authorityUscc',
  ],
  [
    'E_USCC_CATEGORY_MISMATCH',
    'penalty',
    (r) => ({ ...r, subject: { ...legalSubject, uscc: BUSINESS_USCC } }),
    'subject.uscc',
  ],
  [
    'E_USCC_CATEGORY_MISMATCH',
    'license',
    (r) => ({ ...r, subject: { ...(r.subject as object), uscc: COMPANY_USCC } }),
    'subject.uscc',
  ],
  [
    'E_DATE_FUTURE',
    'penalty',
    (r) => ({ ...r, decisionDate: '2026-07-01', validUntil: '2027-07-01', publicationEndDate: '2027-07-01' }),
    'decisionDate',
  ],
  [
    'E_DATE_FUTURE',
    'repair',
    (r) => ({
      ...r,
      receipts: [{ system: 'credit_china', receiptId: 'R1', receivedAt: '2026-07-01T00:00:00+08:00' }],
    }),
    'receipts.0.receivedAt',
  ],
  ['E_DATE_ORDER', 'license', (r) => ({ ...r, validTo: '2025-12-31' }), 'validTo'],
  ['E_DATE_ORDER', 'penalty', (r) => ({ ...r, validUntil: '2026-03-01' }), 'validUntil'],
  [
    'E_DATE_ORDER',
    'blacklist',
    (r) => ({ ...r, action: 'remove', removedDate: '2026-03-01', removalReason: 'x' }),
    'removedDate',
  ],
  ['E_FINE_REQUIRED', 'penalty', ({ fineFen: _, ...rest }) => rest, 'fineFen'],
  [
    'E_HISTORY_ORDER',
    'repair',
    (r) => ({
      ...r,
      history: (r.history as object[]).map((entry, i) =>
        i === 1 ? { ...entry, at: '2026-05-01T00:00:00+08:00' } : entry,
      ),
    }),
    'history.1.at',
  ],
  [
    'E_STATUS_MISMATCH',
    'repair',
    (r) => ({
      ...r,
      status: 'denied',
      decision: { outcome: 'denied', decidedAt: '2026-06-10T16:30:00+08:00', decidedBy: 'x', reason: 'y' },
    }),
    'status',
  ],
  [
    'E_DECISION_MISMATCH',
    'repair',
    (r) => ({
      ...r,
      decision: { outcome: 'denied', decidedAt: '2026-06-10T16:30:00+08:00', decidedBy: 'x', reason: 'y' },
    }),
    'decision.outcome',
  ],
  [
    'E_REQUIRED',
    'repair',
    (r) => ({
      ...r,
      status: 'denied',
      history: [{ status: 'denied', at: '2026-06-10T16:30:00+08:00', actor: 'department' }],
      decision: { outcome: 'denied', decidedAt: '2026-06-10T16:30:00+08:00', decidedBy: 'x' },
    }),
    'decision.reason',
  ],
];

describe('validateRecord reports each rule', () => {
  it.each(cases)('%s on %s (%#)', (code, type, mutate, path) => {
    const input = mutate(samples[type]() as unknown as Record<string, unknown>);
    const issues = issuesOf(type, input);
    expect(brief(issues)).toContainEqual({ path, code });
  });

  it('has a triggering case for every code in RECORD_VALIDATION_CODES', () => {
    const covered = new Set(cases.map(([code]) => code));
    for (const code of Object.keys(RECORD_VALIDATION_CODES)) expect(covered, code).toContain(code);
  });

  it('names the field with its wire column in messages', () => {
    const { decisionNo: _, ...rest } = samplePenalty();
    const [issue] = issuesOf('penalty', rest);
    expect(issue?.message).toBe('decisionNo (CF_WSH 行政处罚决定书文号): is required');
  });

  it('collects every issue, not only the first', () => {
    const input = {
      ...samplePenalty(),
      version: 0,
      decisionDate: '2026-07-01',
      authorityUscc: badCheck,
      extra: 1,
    };
    expect(
      brief(issuesOf('penalty', input))
        .map((issue) => issue.code)
        .sort(),
    ).toEqual(['E_DATE_FUTURE', 'E_RANGE', 'E_UNKNOWN_FIELD', 'E_USCC_CHECKSUM']);
  });

  it('lets the identifier validators speak for a USCC instead of the schema', () => {
    const short = { ...samplePenalty(), authorityUscc: AUTHORITY_USCC.slice(1) };
    expect(brief(issuesOf('penalty', short))).toEqual([{ path: 'authorityUscc', code: 'E_USCC_LENGTH' }]);
    const lower = { ...samplePenalty(), authorityUscc: AUTHORITY_USCC.toLowerCase() };
    expect(brief(issuesOf('penalty', lower))).toEqual([{ path: 'authorityUscc', code: 'E_FORMAT' }]);
  });

  it('accepts the placeholder USCC with a registration number', () => {
    const license = sampleLicense();
    const subject = { ...license.subject, uscc: USCC_PLACEHOLDER, registrationNo: '420113600012345' };
    expect(validateRecord('license', { ...license, subject }, { today: TODAY }).ok).toBe(true);
  });

  it('judges identity numbers against options.today', () => {
    const entry = sampleBlacklistEntry();
    const born = { ...entry, listedDate: '1989-01-01', validUntil: '1990-01-01' };
    expect(brief(issuesOf('blacklist', born, { today: '1989-12-31' }))).toEqual([
      { path: 'subject.idNumber', code: 'E_ID_DATE' },
    ]);
  });
});

describe('idMode warn', () => {
  it('accepts failed check characters as warnings', () => {
    const penalty = {
      ...samplePenalty(),
      subject: { ...legalSubject, uscc: badCheck, legalRepIdNumber: badId },
    };
    expect(validateRecord('penalty', penalty, { today: TODAY }).ok).toBe(false);
    const result = validateRecord('penalty', penalty, { today: TODAY, idMode: 'warn' });
    expect(result.ok).toBe(true);
    expect(brief(result.warnings)).toEqual([
      { path: 'subject.uscc', code: 'E_USCC_CHECKSUM' },
      { path: 'subject.legalRepIdNumber', code: 'E_ID_CHECKSUM' },
    ]);
  });

  it('warns about a department/category pair outside the GB 32100 table in either mode', () => {
    const penalty = {
      ...samplePenalty(),
      subject: { ...legalSubject, uscc: makeUscc('99', '420113', 'MA4K0001') },
    };
    const result = validateRecord('penalty', penalty, { today: TODAY });
    expect(result.ok).toBe(true);
    expect(brief(result.warnings)).toEqual([{ path: 'subject.uscc', code: 'W_USCC_CATEGORY' }]);
  });
});

describe('validateRecord arguments', () => {
  it('throws E_ARGUMENT for an unknown type or a malformed today', () => {
    expect(() => validateRecord('report' as RecordType, {})).toThrow(
      expect.objectContaining({ code: 'E_ARGUMENT' }),
    );
    expect(() => validateRecord('penalty', {}, { today: '2026/06/30' })).toThrow(/options\.today/);
  });

  it('reports a non-object input as required fields, without throwing', () => {
    for (const input of [undefined, null, 42, 'x', []]) {
      const result = validateRecord('repair', input, { today: TODAY });
      expect(result.ok).toBe(false);
    }
  });
});
