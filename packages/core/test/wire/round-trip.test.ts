import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromWireRecord,
  type PenaltyRecord,
  RECORD_SCHEMAS,
  RECORD_TYPES,
  type RecordType,
  toWireRecord,
} from '../../src/index.js';
import { blacklistArb, licenseArb, penaltyArb, repairArb } from '../model/arbitraries.js';
import { makeUscc, PERSON_ID, samplePenalty, sampleRepair } from '../model/fixtures.js';

const arbitraries: { [T in RecordType]: fc.Arbitrary<unknown> } = {
  penalty: penaltyArb,
  license: licenseArb,
  blacklist: blacklistArb,
  repair: repairArb,
};

describe('toWireRecord / fromWireRecord', () => {
  it.each(RECORD_TYPES)('round-trips every valid %s record unchanged, with only string values', (type) => {
    fc.assert(
      fc.property(arbitraries[type], (record) => {
        const typed = RECORD_SCHEMAS[type].parse(record);
        const wire = toWireRecord(type, typed as never);
        for (const value of Object.values(wire)) expect(typeof value).toBe('string');
        expect(fromWireRecord(type, wire)).toEqual(record);
      }),
      { numRuns: 150 },
    );
  });

  it('writes the national value styles of the Shuangyashan sample', () => {
    const wire = toWireRecord('penalty', samplePenalty());
    expect(wire).toMatchObject({
      RECORD_ID: 'CF-2026-000001',
      RECORD_VERSION: '1',
      SOURCE_SYSTEM: 'hn-samr',
      DFBM: '420113',
      CF_XDR_LB: '法人及非法人组织',
      CF_FR_ZJLX: '身份证',
      CF_FR_ZJHM: PERSON_ID,
      CF_CFLB: '警告;罚款',
      CF_NR_FK: '0.2',
      CF_JDRQ: '2026-03-02',
      CF_SXYZCD: '一般',
    });
    expect(wire).not.toHaveProperty('CF_NR_WFFF');
    expect(wire).not.toHaveProperty('CF_XDR_ZJHM');
  });

  it('writes repair lists as JSON arrays with wire keys and string values', () => {
    const wire = toWireRecord('repair', sampleRepair());
    expect(JSON.parse(wire.XYXF_ZMCL ?? '')).toEqual([
      { CLMC: '信用修复承诺书.pdf', SM3: 'a'.repeat(64), DX: '1024' },
    ]);
    expect(JSON.parse(wire.XYXF_LCJL ?? '')[0]).toEqual({
      ZT: '已提交',
      SJ: '2026-06-01T09:00:00+08:00',
      CZR: 'applicant',
    });
    expect(wire.XYXF_TBHZ).toBe('[]');
    expect(wire.XYXF_MBLX).toBe('行政处罚');
    expect(wire.XYXF_JDJG).toBe('准予修复');
    expect(wire.XYXF_ZT).toBe('准予修复');
  });

  it('keeps 18-digit identifiers and leading zeros exactly', () => {
    const penalty: PenaltyRecord = {
      ...samplePenalty(),
      recordId: '000000000000000123',
      regionCode: '110105',
      subject: {
        category: 'legal_person',
        name: '武汉示例科技有限公司',
        uscc: makeUscc('91', '110105', '00000000'),
        registrationNo: '0042011300001234',
        orgCode: '01234567X',
        taxNo: '000000000000001',
        legalRepresentative: '测试甲',
      },
    };
    const back = fromWireRecord('penalty', toWireRecord('penalty', penalty));
    expect(back).toEqual(penalty);
    expect((back.subject as { uscc: string }).uscc).toMatch(/^9111010500000000/);
  });

  it('reads sloppy wire input: other date forms, 万元 with unit, synonyms, lower-case names, aliases', () => {
    const record = fromWireRecord('penalty', {
      cf_xdr_lb: '法人',
      CF_XDR_SHXYM: ' 91350100m000100y43 ',
      CF_FR_SFZH: PERSON_ID.toLowerCase(),
      CF_CFLB: '警告；罚款',
      CF_NR_FK: '0.2万元',
      CF_JDRQ: '2026/03/02',
      CF_YXQ: '20270302',
      CF_WSH: '   ',
      RECORD_VERSION: '7',
    });
    expect(record).toEqual({
      version: 7,
      subject: { category: 'legal_person', uscc: '91350100M000100Y43', legalRepIdNumber: PERSON_ID },
      kinds: ['warning', 'fine'],
      fineFen: 200_000,
      decisionDate: '2026-03-02',
      validUntil: '2027-03-02',
    });
  });

  it('leaves undecodable values as they came, so validation can report them', () => {
    const record = fromWireRecord('penalty', {
      CF_XDR_ZJHM: 4201131990,
      CF_XDR_LB: '公司',
      CF_CFLB: '警告;训诫',
      CF_NR_FK: '两千元',
      CF_JDRQ: '2026-02-30',
      RECORD_VERSION: '1.5',
    });
    expect(record).toEqual({
      subject: { idNumber: 4201131990, category: '公司' },
      kinds: ['warning', '训诫'],
      fineFen: '两千元',
      decisionDate: '2026-02-30',
      version: '1.5',
    });
    expect(fromWireRecord('repair', { XYXF_ZMCL: '[{"CLMC": "a"' })).toEqual({ materials: '[{"CLMC": "a"' });
  });

  it('refuses to write a value the wire cannot carry', () => {
    const broken = { ...samplePenalty(), fineFen: 1.5 };
    expect(() => toWireRecord('penalty', broken)).toThrow(expect.objectContaining({ code: 'E_WIRE_VALUE' }));
    const unknownKind = { ...samplePenalty(), kinds: ['caning'] } as unknown as PenaltyRecord;
    expect(() => toWireRecord('penalty', unknownKind)).toThrow(/CF_CFLB/);
  });
});
