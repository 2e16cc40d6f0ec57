import fc from 'fast-check';
import {
  type BlacklistEntry,
  CREDIT_SECTORS,
  CREDIT_SEVERITIES,
  computeOrgCodeCheckChar,
  ID_TYPES,
  LICENSE_CATEGORIES,
  LICENSE_STATUSES,
  type LicenseRecord,
  PENALTY_KIND_LABELS,
  PENALTY_KINDS,
  type PenaltyKind,
  type PenaltyRecord,
  REPAIR_CHANNELS,
  REPAIR_STATUSES,
  type RepairRecord,
  type RepairStatus,
  type Subject,
  USCC_CHARSET,
  USCC_PLACEHOLDER,
} from '../../src/index.js';
import { makeIdNumber, makeUscc, TODAY } from './fixtures.js';

/** Valid synthetic records for property tests: every value satisfies the schemas and the cross-field rules. */

const REGIONS = ['420100', '420102', '420106', '420113', '420115', '420116'] as const;
const TEXT_CHARS = [...'武汉市汉南区示例科技有限公司罚款违法事实依据（）;；,"\\\'/ aZ09-_'];
const HEX = [...'0123456789abcdef'];

export const textArb = (maxLength = 60): fc.Arbitrary<string> =>
  fc
    .string({ unit: fc.constantFrom(...TEXT_CHARS), minLength: 1, maxLength })
    .filter((value) => value.trim() !== '');

const codeArb = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...USCC_CHARSET), minLength: length, maxLength: length });

export const regionArb = fc.constantFrom(...REGIONS);

export const usccArb = (prefix: string): fc.Arbitrary<string> =>
  fc.tuple(regionArb, codeArb(8)).map(([region, body]) => makeUscc(prefix, region, body));

export const authorityUsccArb = usccArb('11');

export const dateArb = (min = '2000-01-01', max = TODAY): fc.Arbitrary<string> =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

export const idNumberArb: fc.Arbitrary<string> = fc
  .tuple(regionArb, dateArb('1940-01-01', '2008-12-31'), fc.integer({ min: 0, max: 999 }))
  .map(([region, birth, sequence]) =>
    makeIdNumber(region, birth.replaceAll('-', ''), String(sequence).padStart(3, '0')),
  );

const documentArb = fc.oneof(
  fc.constant('id_card' as const).chain((idType) => idNumberArb.map((idNumber) => ({ idType, idNumber }))),
  fc
    .tuple(fc.constantFrom(...ID_TYPES.filter((type) => type !== 'id_card')), codeArb(9))
    .map(([idType, idNumber]) => ({ idType, idNumber })),
);

const legalRepArb = fc
  .record(
    {
      legalRepresentative: textArb(50),
      document: documentArb,
    },
    { requiredKeys: ['legalRepresentative'] },
  )
  .map(({ legalRepresentative, document }) =>
    document === undefined
      ? { legalRepresentative }
      : { legalRepresentative, legalRepIdType: document.idType, legalRepIdNumber: document.idNumber },
  );

const otherCodesArb = fc.record(
  {
    orgCode: codeArb(8).map((body) => `${body}${computeOrgCodeCheckChar(body)}`),
    taxNo: textArb(32),
    institutionCertNo: textArb(120),
    socialOrgNo: textArb(50),
  },
  { requiredKeys: [] },
);

export const subjectArb: fc.Arbitrary<Subject> = fc.oneof(
  fc
    .tuple(
      textArb(200),
      usccArb('91'),
      otherCodesArb,
      legalRepArb,
      fc.option(textArb(50), { nil: undefined }),
    )
    .map(([name, uscc, codes, rep, registrationNo]) => ({
      category: 'legal_person' as const,
      name,
      uscc,
      ...(registrationNo === undefined ? {} : { registrationNo }),
      ...codes,
      ...rep,
    })),
  fc.tuple(textArb(200), documentArb).map(([name, document]) => ({
    category: 'natural_person' as const,
    name,
    ...document,
  })),
  fc
    .tuple(textArb(200), fc.oneof(usccArb('92'), fc.constant(USCC_PLACEHOLDER)), textArb(50), legalRepArb)
    .map(([name, uscc, registrationNo, rep]) => ({
      category: 'individual_business' as const,
      name,
      uscc,
      registrationNo,
      ...rep,
    })),
);

const metaArb = fc.record({
  recordId: fc.stringMatching(/^[A-Z]{2,4}-\d{4}-[0-9A-Za-z]{1,12}$/),
  version: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  sourceSystem: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
  regionCode: regionArb,
});

const kindsArb: fc.Arbitrary<PenaltyKind[]> = fc
  .uniqueArray(fc.constantFrom(...PENALTY_KINDS), { minLength: 1, maxLength: 3 })
  .filter((kinds) => kinds.map((kind) => PENALTY_KIND_LABELS[kind]).join(';').length <= 36);

const fenArb = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

export const penaltyArb: fc.Arbitrary<PenaltyRecord> = fc
  .record(
    {
      meta: metaArb,
      subject: subjectArb,
      decisionNo: textArb(128),
      violationType: textArb(),
      facts: textArb(),
      legalBasis: textArb(),
      kinds: kindsArb,
      content: textArb(),
      fineFen: fenArb,
      confiscationFen: fenArb,
      suspendedOrRevokedLicense: textArb(200),
      decisionDate: dateArb('2015-01-01'),
      validDays: fc.integer({ min: 0, max: 2000 }),
      publicationDays: fc.integer({ min: 0, max: 1200 }),
      authority: textArb(200),
      authorityUscc: authorityUsccArb,
      dataSource: textArb(200),
      dataSourceUscc: authorityUsccArb,
      remarks: textArb(),
      severity: fc.constantFrom(...CREDIT_SEVERITIES),
      sector: fc.constantFrom(...CREDIT_SECTORS),
    },
    {
      requiredKeys: [
        'meta',
        'subject',
        'decisionNo',
        'violationType',
        'facts',
        'legalBasis',
        'kinds',
        'content',
        'decisionDate',
        'validDays',
        'authority',
        'authorityUscc',
        'dataSource',
        'dataSourceUscc',
      ],
    },
  )
  .map(({ meta, validDays, publicationDays, fineFen, ...rest }) => {
    const fine = rest.kinds.includes('fine')
      ? { fineFen: fineFen ?? 100 }
      : fineFen === undefined
        ? {}
        : { fineFen };
    const publication =
      publicationDays === undefined
        ? {}
        : { publicationEndDate: addDays(rest.decisionDate, publicationDays) };
    return { ...meta, ...rest, ...fine, ...publication, validUntil: addDays(rest.decisionDate, validDays) };
  });

export const licenseArb: fc.Arbitrary<LicenseRecord> = fc
  .record(
    {
      meta: metaArb,
      subject: subjectArb,
      decisionDocName: textArb(),
      decisionNo: textArb(128),
      category: fc.constantFrom(...LICENSE_CATEGORIES),
      certificateName: textArb(),
      certificateNo: textArb(),
      content: textArb(),
      decisionDate: dateArb('2010-01-01'),
      startOffset: fc.integer({ min: 0, max: 60 }),
      length: fc.integer({ min: 0, max: 3650 }),
      authority: textArb(200),
      authorityUscc: authorityUsccArb,
      status: fc.constantFrom(...LICENSE_STATUSES),
      dataSource: textArb(200),
      dataSourceUscc: authorityUsccArb,
      remarks: textArb(),
    },
    {
      requiredKeys: [
        'meta',
        'subject',
        'decisionDocName',
        'decisionNo',
        'category',
        'certificateName',
        'content',
        'decisionDate',
        'startOffset',
        'length',
        'authority',
        'authorityUscc',
        'status',
        'dataSource',
        'dataSourceUscc',
      ],
    },
  )
  .map(({ meta, startOffset, length, ...rest }) => {
    const validFrom = addDays(rest.decisionDate, startOffset);
    return { ...meta, ...rest, validFrom, validTo: addDays(validFrom, length) };
  });

export const blacklistArb: fc.Arbitrary<BlacklistEntry> = fc
  .record(
    {
      meta: metaArb,
      subject: subjectArb,
      listType: textArb(200),
      reason: textArb(),
      legalBasis: textArb(),
      authority: textArb(200),
      authorityUscc: authorityUsccArb,
      decisionNo: textArb(128),
      listedDate: dateArb('2018-01-01', '2025-12-31'),
      validDays: fc.integer({ min: 0, max: 1100 }),
      removalConditions: textArb(),
      remedy: textArb(),
      sanctions: textArb(),
      removal: fc.record(
        { days: fc.integer({ min: 0, max: 180 }), reason: textArb(), authority: textArb(200) },
        { requiredKeys: ['days', 'reason'] },
      ),
      dataSource: textArb(200),
      dataSourceUscc: authorityUsccArb,
      remarks: textArb(),
    },
    {
      requiredKeys: [
        'meta',
        'subject',
        'listType',
        'reason',
        'legalBasis',
        'authority',
        'authorityUscc',
        'decisionNo',
        'listedDate',
        'removalConditions',
        'remedy',
        'dataSource',
        'dataSourceUscc',
      ],
    },
  )
  .map(({ meta, validDays, removal, ...rest }) => ({
    ...meta,
    ...rest,
    action: removal === undefined ? ('list' as const) : ('remove' as const),
    ...(validDays === undefined ? {} : { validUntil: addDays(rest.listedDate, validDays) }),
    ...(removal === undefined
      ? {}
      : {
          removedDate: addDays(rest.listedDate, removal.days),
          removalReason: removal.reason,
          ...(removal.authority === undefined ? {} : { removalAuthority: removal.authority }),
        }),
  }));

const DECIDED: Readonly<Partial<Record<RepairStatus, 'approved' | 'denied'>>> = {
  approved: 'approved',
  synced_local: 'approved',
  synced_third_parties: 'approved',
  denied: 'denied',
};

export const repairArb: fc.Arbitrary<RepairRecord> = fc
  .record(
    {
      meta: metaArb,
      recordType: fc.constantFrom('penalty' as const, 'blacklist' as const),
      targetId: fc.stringMatching(/^[A-Z]{2,4}-\d{4}-\d{1,6}$/),
      subject: subjectArb,
      severity: fc.constantFrom(...CREDIT_SEVERITIES),
      channel: fc.constantFrom(...REPAIR_CHANNELS),
      commitmentRef: textArb(128),
      materials: fc.array(
        fc.record(
          {
            name: textArb(200),
            sm3: fc.string({ unit: fc.constantFrom(...HEX), minLength: 64, maxLength: 64 }),
            sizeBytes: fc.integer({ min: 0, max: 2 ** 40 }),
          },
          { requiredKeys: ['name', 'sm3'] },
        ),
        { maxLength: 3 },
      ),
      statuses: fc.array(fc.constantFrom(...REPAIR_STATUSES), { minLength: 1, maxLength: 5 }),
      start: fc.integer({ min: Date.parse('2023-01-01T00:00:00Z'), max: Date.parse('2026-01-01T00:00:00Z') }),
      gaps: fc.array(fc.integer({ min: 0, max: 5 * 86_400 }), { minLength: 5, maxLength: 5 }),
      actor: textArb(100),
      reason: textArb(),
      receipts: fc.array(
        fc.record({ system: fc.constantFrom('credit_china', 'credit_wuhan'), receiptId: textArb(128) }),
        { maxLength: 2 },
      ),
      remarks: textArb(),
    },
    { requiredKeys: ['meta', 'recordType', 'targetId', 'subject', 'severity', 'channel', 'commitmentRef'] },
  )
  .map(({ meta, recordType, targetId, statuses, start, gaps, actor, reason, receipts, ...rest }) => {
    const steps = statuses ?? ['submitted'];
    let at = start ?? Date.parse('2026-01-01T00:00:00Z');
    const history = steps.map((status, index) => {
      at += (gaps?.[index] ?? 60) * 1000;
      return {
        status,
        at: shanghai(at),
        actor: actor ?? 'applicant',
        ...(reason === undefined ? {} : { reason }),
      };
    });
    const status = steps[steps.length - 1] as RepairStatus;
    const outcome = DECIDED[status];
    const last = history[history.length - 1]?.at ?? shanghai(at);
    return {
      ...meta,
      ...rest,
      target: { recordType, recordId: targetId },
      materials: rest.materials ?? [],
      status,
      history,
      ...(outcome === undefined
        ? {}
        : {
            decision: {
              outcome,
              decidedAt: last,
              decidedBy: '认定单位',
              ...(outcome === 'denied' ? { reason: '未履行行政处罚义务' } : {}),
            },
          }),
      ...(receipts === undefined
        ? {}
        : { receipts: receipts.map((receipt) => ({ ...receipt, receivedAt: last })) }),
    };
  });

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function shanghai(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}
