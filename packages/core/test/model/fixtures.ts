import {
  type BlacklistEntry,
  computeIdNumberCheckChar,
  computeOrgCodeCheckChar,
  computeUsccCheckChar,
  type LicenseRecord,
  type PenaltyRecord,
  type RepairRecord,
} from '../../src/index.js';

/** A valid synthetic USCC from a department/category pair, a region and an 8-character org-code body. */
export function makeUscc(prefix: string, region: string, orgBody: string): string {
  const first17 = `${prefix}${region}${orgBody}${computeOrgCodeCheckChar(orgBody)}`;
  return `${first17}${computeUsccCheckChar(first17)}`;
}

/** A valid synthetic identity number from a region, a birth date `YYYYMMDD` and a sequence. */
export function makeIdNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return `${first17}${computeIdNumberCheckChar(first17)}`;
}

export const COMPANY_USCC = makeUscc('91', '420113', 'MA4K0001');
export const BUSINESS_USCC = makeUscc('92', '420113', 'L0000123');
export const AUTHORITY_USCC = makeUscc('11', '420113', '00000001');
export const SOURCE_USCC = makeUscc('11', '420113', '00000002');
export const PERSON_ID = makeIdNumber('420113', '19900307', '123');
export const TODAY = '2026-06-30';

export function samplePenalty(): PenaltyRecord {
  return {
    recordId: 'CF-2026-000001',
    version: 1,
    sourceSystem: 'hn-samr',
    regionCode: '420113',
    subject: {
      category: 'legal_person',
      name: '武汉示例科技有限公司',
      uscc: COMPANY_USCC,
      legalRepresentative: '测试甲',
      legalRepIdType: 'id_card',
      legalRepIdNumber: PERSON_ID,
    },
    decisionNo: '汉南市监罚〔2026〕1号',
    violationType: '未按规定公示年度报告',
    facts: '当事人未按规定期限公示年度报告。',
    legalBasis: '《企业信息公示暂行条例》第十条',
    kinds: ['warning', 'fine'],
    content: '警告，罚款2000元',
    fineFen: 200_000,
    decisionDate: '2026-03-02',
    validUntil: '2027-03-02',
    publicationEndDate: '2027-03-02',
    authority: '武汉市汉南区市场监督管理局',
    authorityUscc: AUTHORITY_USCC,
    dataSource: '武汉市汉南区市场监督管理局',
    dataSourceUscc: SOURCE_USCC,
    severity: 'general',
  };
}

export function sampleLicense(): LicenseRecord {
  return {
    recordId: 'XK-2026-000001',
    version: 2,
    sourceSystem: 'hn-approval',
    regionCode: '420113',
    subject: {
      category: 'individual_business',
      name: '汉南区示例小吃店',
      uscc: BUSINESS_USCC,
      legalRepresentative: '测试乙',
    },
    decisionDocName: '食品经营许可决定书',
    decisionNo: '汉南许〔2026〕7号',
    category: 'ordinary',
    certificateName: '食品经营许可证',
    certificateNo: 'JY14201130000001',
    content: '准予食品经营许可',
    decisionDate: '2026-01-15',
    validFrom: '2026-01-15',
    validTo: '2031-01-14',
    authority: '武汉市汉南区行政审批局',
    authorityUscc: AUTHORITY_USCC,
    status: 'valid',
    dataSource: '武汉市汉南区行政审批局',
    dataSourceUscc: SOURCE_USCC,
  };
}

export function sampleBlacklistEntry(): BlacklistEntry {
  return {
    recordId: 'SXMD-2026-000001',
    version: 1,
    sourceSystem: 'hn-samr',
    regionCode: '420113',
    action: 'list',
    subject: {
      category: 'natural_person',
      name: '测试丙',
      idType: 'id_card',
      idNumber: PERSON_ID,
    },
    listType: '市场监督管理严重违法失信名单',
    reason: '因同一违法行为两年内受到三次以上行政处罚。',
    legalBasis: '《市场监督管理严重违法失信名单管理办法》第十条',
    authority: '武汉市汉南区市场监督管理局',
    authorityUscc: AUTHORITY_USCC,
    decisionNo: '汉南市监信〔2026〕1号',
    listedDate: '2026-04-01',
    validUntil: '2029-03-31',
    removalConditions: '列入满一年且已履行行政处罚义务。',
    remedy: '可于六十日内申请行政复议或六个月内提起行政诉讼。',
    dataSource: '武汉市汉南区市场监督管理局',
    dataSourceUscc: SOURCE_USCC,
  };
}

export function sampleRepair(): RepairRecord {
  return {
    recordId: 'XYXF-2026-000001',
    version: 3,
    sourceSystem: 'hn-credit',
    regionCode: '420113',
    target: { recordType: 'penalty', recordId: 'CF-2026-000001' },
    subject: {
      category: 'legal_person',
      name: '武汉示例科技有限公司',
      uscc: COMPANY_USCC,
      legalRepresentative: '测试甲',
    },
    severity: 'general',
    channel: 'online',
    commitmentRef: 'CN-2026-0001',
    materials: [{ name: '信用修复承诺书.pdf', sm3: 'a'.repeat(64), sizeBytes: 1024 }],
    status: 'approved',
    history: [
      { status: 'submitted', at: '2026-06-01T09:00:00+08:00', actor: 'applicant' },
      { status: 'accepted', at: '2026-06-02T10:00:00+08:00', actor: 'credit_china' },
      { status: 'under_review', at: '2026-06-02T10:05:00+08:00', actor: 'department:hn-samr' },
      { status: 'approved', at: '2026-06-10T16:30:00+08:00', actor: 'department:hn-samr' },
    ],
    decision: {
      outcome: 'approved',
      decidedAt: '2026-06-10T16:30:00+08:00',
      decidedBy: '武汉市汉南区市场监督管理局',
    },
    receipts: [],
  };
}
