import { describe, expect, it } from 'vitest';
import {
  BLACKLIST_ACTION_LABELS,
  BLACKLIST_ACTIONS,
  CREDIT_SECTOR_LABELS,
  CREDIT_SECTORS,
  creditReportSchema,
  ID_TYPE_LABELS,
  ID_TYPES,
  isRecordType,
  LICENSE_CATEGORIES,
  LICENSE_CATEGORY_LABELS,
  LICENSE_STATUS_LABELS,
  LICENSE_STATUSES,
  PENALTY_KIND_LABELS,
  PENALTY_KINDS,
  RECORD_SCHEMAS,
  RECORD_TYPE_LABELS,
  RECORD_TYPES,
  REPAIR_CHANNEL_LABELS,
  REPAIR_CHANNELS,
  REPAIR_OUTCOME_LABELS,
  REPAIR_OUTCOMES,
  REPAIR_STATUS_LABELS,
  REPAIR_STATUSES,
  REPORT_SECTION_KEYS,
  REPORT_SECTION_TITLES,
  type RepairState,
  SUBJECT_CATEGORIES,
  SUBJECT_CATEGORY_LABELS,
  subjectSchema,
} from '../../src/index.js';
import {
  COMPANY_USCC,
  sampleBlacklistEntry,
  sampleLicense,
  samplePenalty,
  sampleRepair,
} from './fixtures.js';

const samples = {
  penalty: samplePenalty(),
  license: sampleLicense(),
  blacklist: sampleBlacklistEntry(),
  repair: sampleRepair(),
};

describe('record schemas', () => {
  it('has one schema per record type', () => {
    expect(Object.keys(RECORD_SCHEMAS).sort()).toEqual([...RECORD_TYPES].sort());
    expect(Object.keys(RECORD_TYPE_LABELS).sort()).toEqual([...RECORD_TYPES].sort());
    expect(isRecordType('penalty')).toBe(true);
    expect(isRecordType('report')).toBe(false);
  });

  it.each(RECORD_TYPES)('accepts a complete %s record unchanged', (type) => {
    const result = RECORD_SCHEMAS[type].safeParse(samples[type]);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(samples[type]);
  });

  it.each(RECORD_TYPES)('rejects an unknown field on a %s record', (type) => {
    const result = RECORD_SCHEMAS[type].safeParse({ ...samples[type], unexpected: 'x' });
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('keeps identifiers as strings: a numeric USCC or version string is a type error', () => {
    const penalty = samplePenalty();
    const numericUscc = { ...penalty, authorityUscc: 914201130000000000 };
    expect(RECORD_SCHEMAS.penalty.safeParse(numericUscc).success).toBe(false);
    expect(RECORD_SCHEMAS.penalty.safeParse({ ...penalty, regionCode: 420113 }).success).toBe(false);
    expect(RECORD_SCHEMAS.penalty.safeParse({ ...penalty, version: '1' }).success).toBe(false);
  });

  it('rejects impossible dates, offsets other than +08:00 and fractional fen', () => {
    const penalty = samplePenalty();
    expect(RECORD_SCHEMAS.penalty.safeParse({ ...penalty, decisionDate: '2026-02-29' }).success).toBe(false);
    expect(RECORD_SCHEMAS.penalty.safeParse({ ...penalty, fineFen: 10.5 }).success).toBe(false);
    const repair = sampleRepair();
    const utc = { ...repair, history: [{ status: 'approved', at: '2026-06-10T08:30:00Z', actor: 'x' }] };
    expect(RECORD_SCHEMAS.repair.safeParse(utc).success).toBe(false);
  });

  it('discriminates subjects by category', () => {
    const person = { category: 'natural_person', name: '测试丙', idType: 'passport', idNumber: 'E12345678' };
    expect(subjectSchema.safeParse(person).success).toBe(true);
    const personWithUscc = { ...person, uscc: COMPANY_USCC };
    expect(subjectSchema.safeParse(personWithUscc).success).toBe(false);
    expect(subjectSchema.safeParse({ ...person, category: 'company' }).success).toBe(false);
  });

  it('makes a repair record usable as the workflow state', () => {
    const state: RepairState = sampleRepair();
    expect(state.history.at(-1)?.status).toBe(state.status);
  });

  it('types report sections by key', () => {
    const report = {
      reportNo: 'XYBG-420113-20260630-0001',
      subject: samples.penalty.subject,
      purpose: '招投标',
      generatedAt: '2026-06-30T10:00:00+08:00',
      dataWindow: { from: '2023-06-30', to: '2026-06-30' },
      issuer: { name: '武汉市汉南区信用信息中心', uscc: COMPANY_USCC },
      sections: [
        { key: 'basic_info', title: REPORT_SECTION_TITLES.basic_info, items: [samples.penalty.subject] },
        { key: 'penalties', title: REPORT_SECTION_TITLES.penalties, items: [samples.penalty] },
        { key: 'repairs', title: REPORT_SECTION_TITLES.repairs, items: [samples.repair] },
      ],
      verificationCode: 'A1B2C3D4',
    };
    expect(creditReportSchema.safeParse(report).success).toBe(true);
    const misplaced = { ...report, sections: [{ key: 'licenses', title: 'x', items: [samples.penalty] }] };
    expect(creditReportSchema.safeParse(misplaced).success).toBe(false);
    expect(Object.keys(REPORT_SECTION_TITLES)).toEqual([...REPORT_SECTION_KEYS]);
  });
});

describe('code tables', () => {
  const tables: [readonly string[], Readonly<Record<string, string>>][] = [
    [SUBJECT_CATEGORIES, SUBJECT_CATEGORY_LABELS],
    [ID_TYPES, ID_TYPE_LABELS],
    [PENALTY_KINDS, PENALTY_KIND_LABELS],
    [LICENSE_CATEGORIES, LICENSE_CATEGORY_LABELS],
    [LICENSE_STATUSES, LICENSE_STATUS_LABELS],
    [BLACKLIST_ACTIONS, BLACKLIST_ACTION_LABELS],
    [REPAIR_CHANNELS, REPAIR_CHANNEL_LABELS],
    [REPAIR_OUTCOMES, REPAIR_OUTCOME_LABELS],
    [REPAIR_STATUSES, REPAIR_STATUS_LABELS],
    [CREDIT_SECTORS, CREDIT_SECTOR_LABELS],
  ];

  it.each(tables)('labels every key of %j once, with distinct words', (keys, labels) => {
    expect(Object.keys(labels)).toEqual([...keys]);
    expect(new Set(Object.values(labels)).size).toBe(keys.length);
  });

  it('lists the 2021 penalty kinds in the statutory order', () => {
    expect(PENALTY_KINDS.slice(0, 13).map((kind) => PENALTY_KIND_LABELS[kind])).toEqual([
      '警告',
      '通报批评',
      '罚款',
      '没收违法所得',
      '没收非法财物',
      '暂扣许可证件',
      '降低资质等级',
      '吊销许可证件',
      '限制开展生产经营活动',
      '责令停产停业',
      '责令关闭',
      '限制从业',
      '行政拘留',
    ]);
  });
});
