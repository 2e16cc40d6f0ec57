import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convertGeneration1,
  fromWireRecord,
  GENERATION_1_LICENSE_COLUMNS,
  GENERATION_1_PENALTY_COLUMNS,
} from '../../src/index.js';
import { AUTHORITY_USCC, BUSINESS_USCC, COMPANY_USCC, PERSON_ID } from '../model/fixtures.js';

const TEXT = fc
  .string({ unit: fc.constantFrom(...'汉南区示例许可处罚内容abc0123;、（）'), minLength: 1, maxLength: 20 })
  .filter((value) => value.trim() === value && value !== '');

// At least one Chinese character: never a v1 code, a number or a date, so it must survive verbatim.
const WORDS = TEXT.filter((value) => /[\u4e00-\u9fff]/.test(value) && value.length >= 2);

describe('convertGeneration1', () => {
  it('converts a Wuhan generation-1 licence row column by column', () => {
    const { row, unmapped } = convertGeneration1('license', {
      XK_WSH: '汉南许〔2017〕7号',
      XK_XMMC: '食品经营许可',
      XK_SPLB: '1',
      XK_NR: '准予食品经营许可',
      XK_XDR: '汉南区示例小吃店',
      XK_XDR_SHXYM: BUSINESS_USCC,
      XK_XDR_ZDM: 'L0000123X',
      XK_XDR_GSDJ: '420113600012345',
      XK_XDR_SWDJ: '420113000000001',
      XK_XDR_SFZ: PERSON_ID,
      XK_FR: '测试乙',
      XK_JDRQ: '2017/01/15',
      XK_JZQ: '20220114',
      XK_XZJG: '武汉市汉南区食品药品监督管理局',
      XK_ZT: '0',
      XK_BM: 'XK-0001',
      XK_SYFW: '0',
      DFBM: '420113',
      SJC: '2017-01-16 08:00:00',
      BZ: '迁移数据',
    });
    expect(row).toEqual({
      XK_WSH: '汉南许〔2017〕7号',
      XK_XKLB: '普通',
      XK_NR: '准予食品经营许可',
      XK_XDR_MC: '汉南区示例小吃店',
      XK_XDR_LB: '个体工商户',
      XK_XDR_SHXYM: BUSINESS_USCC,
      XK_XDR_ZZJG: 'L0000123X',
      XK_XDR_GSZC: '420113600012345',
      XK_XDR_SWDJ: '420113000000001',
      XK_FR_ZJLX: '身份证',
      XK_FR_ZJHM: PERSON_ID,
      XK_FRDB: '测试乙',
      XK_JDRQ: '2017-01-15',
      XK_YXQZI: '2022-01-14',
      XK_XKJG: '武汉市汉南区食品药品监督管理局',
      XK_ZT: '1',
      DFBM: '420113',
      BZ: '迁移数据',
    });
    expect(unmapped).toEqual({
      XK_XMMC: '食品经营许可',
      XK_BM: 'XK-0001',
      XK_SYFW: '0',
      SJC: '2017-01-16 08:00:00',
    });
    expect(fromWireRecord('license', row)).toMatchObject({
      category: 'ordinary',
      status: 'valid',
      subject: { category: 'individual_business', legalRepIdType: 'id_card', legalRepIdNumber: PERSON_ID },
    });
  });

  it('converts a generation-1 penalty row: kinds joined, result to content, id card of a natural person', () => {
    const { row, unmapped } = convertGeneration1('penalty', {
      CF_WSH: '汉南市监罚〔2017〕1号',
      CF_AJMC: '未亮照经营案',
      CF_CFLB1: '1',
      CF_CFLB2: '罚款',
      CF_SY: '未按规定亮照经营',
      CF_YJ: '《无照经营查处取缔办法》',
      CF_XDR_MC: '测试丙',
      CF_XDR_SFZ: PERSON_ID,
      CF_JG: '警告并罚款500元',
      CF_JDRQ: '2017-03-02',
      CF_JZRQ: '2018-03-02',
      CF_XZJG: '武汉市汉南区工商行政管理局',
      CF_ZT: '1',
      CF_SXYZCD: '一般',
      EXTRA_COL: '保留',
    });
    expect(row).toEqual({
      CF_WSH: '汉南市监罚〔2017〕1号',
      CF_CFLB: '警告;罚款',
      CF_SY: '未按规定亮照经营',
      CF_YJ: '《无照经营查处取缔办法》',
      CF_XDR_MC: '测试丙',
      CF_XDR_LB: '自然人',
      CF_XDR_ZJLX: '身份证',
      CF_XDR_ZJHM: PERSON_ID,
      CF_NR: '警告并罚款500元',
      CF_JDRQ: '2017-03-02',
      CF_YXQ: '2018-03-02',
      CF_CFJG: '武汉市汉南区工商行政管理局',
      CF_SXYZCD: '一般',
    });
    expect(unmapped).toEqual({ CF_AJMC: '未亮照经营案', CF_ZT: '1', EXTRA_COL: '保留' });
  });

  it('maps the v1 code tables', () => {
    const categories = ['1', '2', '3', '4', '5', '9'].map(
      (code) => convertGeneration1('license', { XK_SPLB: code }).row.XK_XKLB,
    );
    expect(categories).toEqual(['普通', '特许', '认可', '核准', '登记', '其他']);
    const kinds = ['1', '2', '3', '4', '5', '6', '9'].map(
      (code) => convertGeneration1('penalty', { CF_CFLB1: code }).row.CF_CFLB,
    );
    expect(kinds).toEqual([
      '警告',
      '罚款',
      '没收违法所得、没收非法财物',
      '责令停产停业',
      '暂扣或者吊销许可证、暂扣或者吊销执照',
      '行政拘留',
      '其他',
    ]);
    expect(convertGeneration1('license', { XK_ZT: '1' }).row.XK_ZT).toBe('2');
    expect(convertGeneration1('license', { XK_ZT: '撤销' }).row.XK_ZT).toBe('2');
    expect(convertGeneration1('license', { XK_ZT: '' }).row.XK_ZT).toBe('1');
    expect(convertGeneration1('license', {}).row.XK_ZT).toBe('1');
    const objection = convertGeneration1('license', { XK_ZT: '2' });
    expect(objection.row.XK_ZT).toBeUndefined();
    expect(objection.unmapped).toEqual({ XK_ZT: '2' });
    expect(convertGeneration1('penalty', { CF_SXYZCD: 'C' }).unmapped).toEqual({ CF_SXYZCD: 'C' });
    expect(convertGeneration1('license', { XK_XDR_SHXYM: COMPANY_USCC }).row.XK_XDR_LB).toBe(
      '法人及非法人组织',
    );
  });

  it('lets a generation-2 column present in the row win and keeps the v1 value', () => {
    const { row, unmapped } = convertGeneration1('penalty', {
      CF_JG: 'v1 结果',
      CF_NR: 'v2 内容',
      CF_CFJGDM: AUTHORITY_USCC,
      CF_XDR_LB: '法人及非法人组织',
    });
    expect(row).toEqual({ CF_NR: 'v2 内容', CF_CFJGDM: AUTHORITY_USCC, CF_XDR_LB: '法人及非法人组织' });
    expect(unmapped).toEqual({ CF_JG: 'v1 结果' });
  });

  it.each([
    ['license', GENERATION_1_LICENSE_COLUMNS],
    ['penalty', GENERATION_1_PENALTY_COLUMNS],
  ] as const)('%s: every v1 column value appears in the output', (type, columns) => {
    const plain = columns
      .filter((column) => (column.conversion ?? 'copy') === 'copy')
      .map((column) => column.v1);
    const extra = fc.dictionary(fc.stringMatching(/^ZZ_[A-Z]{1,6}$/), TEXT, { maxKeys: 3 });
    const v1 = fc.record(Object.fromEntries(plain.map((name) => [name, TEXT])), { requiredKeys: [] });
    fc.assert(
      fc.property(v1, extra, (values, extras) => {
        const input = { ...values, ...extras };
        const { row, unmapped } = convertGeneration1(type, input);
        for (const [name, value] of Object.entries(input)) {
          const column = columns.find((candidate) => candidate.v1 === name);
          const target = column?.v2;
          if (target === undefined) expect(unmapped[name], name).toBe(value);
          else expect(row[target], name).toBe(value);
        }
      }),
    );
  });

  it.each([
    ['license', GENERATION_1_LICENSE_COLUMNS],
    ['penalty', GENERATION_1_PENALTY_COLUMNS],
  ] as const)('%s: no v1 value of any column is lost', (type, columns) => {
    const v1 = fc.record(Object.fromEntries(columns.map((column) => [column.v1, WORDS])), {
      requiredKeys: [],
    });
    fc.assert(
      fc.property(v1, (input) => {
        const { row, unmapped } = convertGeneration1(type, input);
        const output = [...Object.values(row), ...Object.values(unmapped)];
        for (const [name, value = ''] of Object.entries(input)) {
          expect(
            output.some((written) => written.includes(value)),
            name,
          ).toBe(true);
        }
      }),
    );
  });
});
