import { RECORD_TYPES, toWireRecord, WIRE_FIELD_LABELS } from '@credit-bridge/core';
import {
  createRandom,
  generatePenaltyRecord,
  generateRecord,
  SYNTHETIC_TODAY,
} from '@credit-bridge/core/testing';
import { describe, expect, it } from 'vitest';
import {
  autoMapHeaders,
  createRowMapper,
  type MappingSpec,
  mapRow,
  type SourceRow,
  validateMapped,
} from '../../src/index.js';

const random = createRandom(3301);

function row(fields: Record<string, string>, rowNumber = 1): SourceRow {
  return { source: 'test.csv', rowNumber, fields };
}

function byLabel(type: (typeof RECORD_TYPES)[number], wire: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(wire).map(([name, value]) => [WIRE_FIELD_LABELS[type][name] ?? name, value]),
  );
}

describe('autoMapHeaders', () => {
  it('maps wire names and template titles, tolerating spaces, full width, markers and suffixes', () => {
    const mapping = autoMapHeaders('penalty', [
      'cf_xdr_mc',
      '* 行政处罚决定书文号',
      '罚款金额（万元）',
      '没收违法所得、没收非法财物的金额(元)',
      '处罚决定日期（YYYY-MM-DD）',
      '统一社会信用代码',
      '序号',
      '罚款金额',
    ]);
    expect(mapping.matches.map((m) => [m.header, m.wire, m.field, m.by, m.unit])).toEqual([
      ['cf_xdr_mc', 'CF_XDR_MC', 'subject.name', 'wire', undefined],
      ['* 行政处罚决定书文号', 'CF_WSH', 'decisionNo', 'label', undefined],
      ['罚款金额（万元）', 'CF_NR_FK', 'fineFen', 'label', undefined],
      ['没收违法所得、没收非法财物的金额(元)', 'CF_NR_WFFF', 'confiscationFen', 'title', 'yuan'],
      ['处罚决定日期（YYYY-MM-DD）', 'CF_JDRQ', 'decisionDate', 'title', undefined],
      ['统一社会信用代码', 'CF_XDR_SHXYM', 'subject.uscc', 'label', undefined],
    ]);
    expect(mapping.unmapped.map((u) => u.header)).toEqual(['序号', '罚款金额']);
    expect(mapping.unmapped[1]?.reason).toContain('unit');
    expect(autoMapHeaders('penalty', ['CF_XDR_MC', '行政相对人名称']).conflicts).toEqual([
      { wire: 'CF_XDR_MC', headers: ['CF_XDR_MC', '行政相对人名称'] },
    ]);
  });
});

describe('mapRow', () => {
  it.each(RECORD_TYPES)(
    'maps a %s row headed by wire names or by Chinese titles with no configuration',
    (type) => {
      const record = generateRecord(type, random);
      const wire = toWireRecord(type, record);
      for (const fields of [wire, byLabel(type, wire)]) {
        const spec: MappingSpec = { recordType: type };
        const mapped = mapRow(spec, row(fields));
        if (!mapped.ok) throw new Error(JSON.stringify(mapped.issues));
        const validated = validateMapped(type, mapped.record, { today: SYNTHETIC_TODAY });
        expect(validated.ok && validated.value).toEqual(record);
      }
    },
  );

  it('applies explicit columns, transforms, synonyms and constants', () => {
    const record = generatePenaltyRecord(random, { kinds: ['warning', 'fine'], fineFen: 250_000 });
    const wire = toWireRecord('penalty', record);
    const { RECORD_ID, RECORD_VERSION, SOURCE_SYSTEM, CF_JDRQ, CF_NR_FK, CF_CFLB, CF_XDR_LB, ...rest } = wire;
    const [year, month, day] = (CF_JDRQ as string).split('-');
    const spec: MappingSpec<'penalty'> = {
      recordType: 'penalty',
      columns: {
        案件编号: 'recordId',
        决定日期: { field: 'decisionDate', transform: { type: 'date', format: 'DD/MM/YYYY' } },
        罚款: {
          field: 'CF_NR_FK',
          transform: [
            { type: 'replace', values: { 无: '' } },
            { type: 'amount', unit: 'yuan' },
          ],
        },
        类别: { field: 'kinds', transform: { type: 'code', synonyms: { 口头警告: 'warning' } } },
        相对人类别: '行政相对人类别',
      },
      synonyms: { 'subject.category': { 企业: 'legal_person' } },
      constants: {
        version: RECORD_VERSION === undefined ? 1 : Number(RECORD_VERSION),
        sourceSystem: SOURCE_SYSTEM,
      },
      ignore: ['序号'],
    };
    const mapper = createRowMapper(spec);
    const mapped = mapper.map(
      row({
        ...rest,
        序号: '1',
        案件编号: ` ${RECORD_ID}\u3000`,
        决定日期: `${day}/${month}/${year}`,
        罚款: '2,500元',
        类别: '口头警告；罚款',
        相对人类别: record.subject.category === 'legal_person' ? '企业' : (CF_XDR_LB as string),
        备用: 'x',
      }),
    );
    if (!mapped.ok) throw new Error(JSON.stringify(mapped.issues));
    const validated = validateMapped('penalty', mapped.record, { today: SYNTHETIC_TODAY });
    expect(validated.ok && validated.value).toEqual(record);
    expect(CF_NR_FK).toBe('0.25');
    expect(CF_CFLB).toBe('警告;罚款');
    expect(mapper.unmappedHeaders().map((h) => h.header)).toEqual(['备用']);
  });

  it('reports cells a transform refuses, with masked values, and passes source errors on', () => {
    const spec: MappingSpec = {
      recordType: 'penalty',
      columns: {
        决定日期: { field: 'decisionDate', transform: { type: 'date' } },
        罚款: { field: 'fineFen', transform: { type: 'amount', unit: 'yuan' } },
      },
    };
    // An identity number typed into the date column must not reach the issue unmasked.
    const mapped = mapRow(spec, row({ 决定日期: '420106199001011234', 罚款: '12.345' }));
    expect(mapped.ok).toBe(false);
    const issues = mapped.ok ? [] : mapped.issues;
    expect(issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['decisionDate', 'E_DATE_INVALID'],
      ['fineFen', 'E_MONEY_PRECISION'],
    ]);
    expect(JSON.stringify(issues)).not.toContain('4201061990');
    const failed = mapRow(spec, {
      source: 'x',
      rowNumber: 4,
      fields: {},
      error: { code: 'E_SOURCE_CSV', message: 'bad quote' },
    });
    expect(failed).toEqual({ ok: false, issues: [{ path: [], code: 'E_SOURCE_CSV', message: 'bad quote' }] });
  });

  it('converts generation-1 rows with the preset and keeps values without a home', () => {
    const spec: MappingSpec = {
      recordType: 'license',
      preset: 'generation-1',
      constants: { recordId: 'XK-1', version: 1, sourceSystem: 'whcis' },
    };
    const mapped = mapRow(
      spec,
      row({
        行政相对人名称: '汉南区示例小吃店',
        XK_SPLB: '1',
        许可截止期: '2031/01/14',
        XK_XMMC: '食品经营许可',
      }),
    );
    expect(mapped.ok && mapped.record).toMatchObject({
      recordId: 'XK-1',
      subject: { name: '汉南区示例小吃店' },
      category: 'ordinary',
      validTo: '2031-01-14',
    });
    expect(createRowMapper(spec).map(row({ XK_XMMC: 'x' })).ok).toBe(true);
    const mapper = createRowMapper(spec);
    mapper.map(row({ XK_XMMC: 'x' }));
    expect(mapper.unmappedHeaders()).toEqual([
      { header: 'XK_XMMC', reason: expect.stringContaining('no column') },
    ]);
  });

  it('refuses specs that cannot work, and header rows feeding one field twice', () => {
    const bad: MappingSpec[] = [
      { recordType: 'penalty', columns: { a: 'noSuchField' } },
      {
        recordType: 'penalty',
        columns: { a: { field: 'subject.name', transform: { type: 'amount', unit: 'yuan' } } },
      },
      {
        recordType: 'penalty',
        columns: { a: { field: 'kinds', transform: { type: 'code', synonyms: { x: 'nope' } } } },
      },
      { recordType: 'penalty', constants: { nope: 1 } },
      { recordType: 'blacklist', preset: 'generation-1' },
    ];
    for (const spec of bad)
      expect(() => createRowMapper(spec)).toThrow(expect.objectContaining({ code: 'E_MAPPING_SPEC' }));
    expect(() => mapRow({ recordType: 'penalty' }, row({ CF_WSH: 'a', 行政处罚决定书文号: 'b' }))).toThrow(
      expect.objectContaining({ code: 'E_MAPPING_CONFLICT' }),
    );
  });
});
