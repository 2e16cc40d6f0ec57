import { describe, expect, it } from 'vitest';
import {
  findFieldByLabel,
  findFieldByPath,
  findFieldByWireName,
  findUnknownWireColumns,
  LICENSE_WIRE_FIELDS,
  PENALTY_WIRE_FIELDS,
  RECORD_TYPES,
  WIRE_FIELD_LABELS,
  WIRE_FIELDS,
} from '../../src/index.js';
import {
  COMPANY_USCC,
  PERSON_ID,
  sampleBlacklistEntry,
  sampleLicense,
  samplePenalty,
  sampleRepair,
} from '../model/fixtures.js';

const GEN2_SUBJECT = [
  'XDR_MC',
  'XDR_LB',
  'XDR_SHXYM',
  'XDR_GSZC',
  'XDR_ZZJG',
  'XDR_SWDJ',
  'XDR_SYDW',
  'XDR_SHZZ',
];
const GEN2_PERSON = ['FRDB', 'FR_ZJLX', 'FR_ZJHM', 'XDR_ZJLX', 'XDR_ZJHM'];
const GEN2_PENALTY = ['CF_WSH', 'CF_WFXW', 'CF_SY', 'CF_YJ', 'CF_CFLB', 'CF_NR', 'CF_NR_FK', 'CF_NR_WFFF'];
const GEN2_PENALTY_REST = [
  'CF_NR_ZKDX',
  'CF_JDRQ',
  'CF_YXQ',
  'CF_GSJZQ',
  'CF_CFJG',
  'CF_CFJGDM',
  'CF_SJLY',
  'CF_SJLYDM',
];
const GEN2_LICENSE = [
  'XK_XKWS',
  'XK_WSH',
  'XK_XKLB',
  'XK_XKZS',
  'XK_XKBH',
  'XK_NR',
  'XK_JDRQ',
  'XK_YXQZ',
  'XK_YXQZI',
];
const GEN2_LICENSE_REST = ['XK_XKJG', 'XK_XKJGDM', 'XK_ZT', 'XK_LYDW', 'XK_LYDWDM'];

/** Leaf paths of a record, arrays counted as leaves. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

describe('wire mapping tables', () => {
  it('carry every generation-2 column of domain reference §3.2 with its template title', () => {
    const penalty = PENALTY_WIRE_FIELDS.map((field) => field.wire);
    for (const suffix of [...GEN2_SUBJECT, ...GEN2_PERSON]) expect(penalty).toContain(`CF_${suffix}`);
    for (const wire of [...GEN2_PENALTY, ...GEN2_PENALTY_REST, 'BZ']) expect(penalty).toContain(wire);
    const license = LICENSE_WIRE_FIELDS.map((field) => field.wire);
    for (const suffix of [...GEN2_SUBJECT, ...GEN2_PERSON]) expect(license).toContain(`XK_${suffix}`);
    for (const wire of [...GEN2_LICENSE, ...GEN2_LICENSE_REST, 'BZ']) expect(license).toContain(wire);
    expect(WIRE_FIELD_LABELS.penalty.CF_NR_FK).toBe('罚款金额(万元)');
    expect(WIRE_FIELD_LABELS.license.XK_YXQZI).toBe('有效期至');
  });

  it.each(RECORD_TYPES)('%s: wire names, titles and paths are unique', (type) => {
    const fields = WIRE_FIELDS[type];
    for (const key of ['wire', 'label', 'field'] as const) {
      const values = fields.map((field) => field[key]);
      expect(new Set(values).size).toBe(values.length);
    }
    const titles = fields.flatMap((field) => [field.label, ...(field.labelAliases ?? [])]);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('maps every field of a fully populated record of each type', () => {
    const full = {
      penalty: {
        ...samplePenalty(),
        confiscationFen: 1,
        suspendedOrRevokedLicense: 'x',
        remarks: 'x',
        sector: 'other',
        subject: { orgCode: 'x', taxNo: 'x', institutionCertNo: 'x', socialOrgNo: 'x', registrationNo: 'x' },
      },
      license: { ...sampleLicense(), remarks: 'x' },
      blacklist: {
        ...sampleBlacklistEntry(),
        sanctions: 'x',
        removedDate: 'x',
        removalReason: 'x',
        removalAuthority: 'x',
        remarks: 'x',
      },
      repair: {
        ...sampleRepair(),
        decision: { outcome: 'x', decidedAt: 'x', decidedBy: 'x', reason: 'x' },
        remarks: 'x',
      },
    };
    const subjectPaths = [
      ...leafPaths(samplePenalty().subject, 'subject'),
      ...leafPaths(sampleBlacklistEntry().subject, 'subject'),
    ];
    for (const type of RECORD_TYPES) {
      const paths = new Set([...leafPaths(full[type]), ...subjectPaths]);
      const mapped = new Set(WIRE_FIELDS[type].map((field) => field.field));
      for (const path of paths) expect(mapped, `${type} ${path}`).toContain(path);
    }
  });

  it('marks the toolkit-defined columns', () => {
    for (const type of ['blacklist', 'repair'] as const) {
      for (const field of WIRE_FIELDS[type]) {
        if (/^(SXMD|XYXF)_/.test(field.wire)) expect(field.toolkitDefined, field.wire).toBe(true);
      }
    }
    for (const wire of ['CF_SXYZCD', 'CF_HYLY', 'RECORD_ID', 'RECORD_VERSION', 'SOURCE_SYSTEM']) {
      expect(findFieldByWireName('penalty', wire)?.toolkitDefined).toBe(true);
    }
    expect(findFieldByWireName('penalty', 'CF_XDR_MC')?.toolkitDefined).toBeUndefined();
  });
});

describe('field lookups', () => {
  it('finds a field by wire name, alias or lower-case name', () => {
    expect(findFieldByWireName('penalty', 'CF_XDR_MC')?.field).toBe('subject.name');
    expect(findFieldByWireName('penalty', 'cf_fr_sfzh')?.field).toBe('subject.legalRepIdNumber');
    expect(findFieldByWireName('license', 'XK_YXQZI')?.field).toBe('validTo');
    expect(findFieldByWireName('license', 'CF_WSH')).toBeUndefined();
  });

  it('finds a field by spreadsheet header', () => {
    expect(findFieldByLabel('penalty', '行政相对人名称')?.wire).toBe('CF_XDR_MC');
    expect(findFieldByLabel('penalty', '* 罚款金额（万元）')?.field).toBe('fineFen');
    expect(findFieldByLabel('penalty', '统一社会信用代码')?.wire).toBe('CF_XDR_SHXYM');
    expect(findFieldByLabel('license', '处罚机关')).toBeUndefined();
    expect(findFieldByLabel('blacklist', '统一社会信用代码')?.wire).toBe('SXMD_TYSHXYDM');
  });

  it('finds a field by domain path and lists unknown columns', () => {
    expect(findFieldByPath('repair', 'decision.outcome')?.wire).toBe('XYXF_JDJG');
    const row = {
      CF_XDR_MC: '武汉示例科技有限公司',
      cf_fr_sfzh: PERSON_ID,
      CF_XDR_SHXYM: COMPANY_USCC,
      XH: '1',
    };
    expect(findUnknownWireColumns('penalty', row)).toEqual(['XH']);
  });
});
