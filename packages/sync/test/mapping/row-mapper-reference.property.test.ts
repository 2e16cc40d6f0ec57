import {
  convertGeneration1,
  fromWireRecord,
  GENERATION_1_PENALTY_COLUMNS,
  RECORD_TYPES,
  type RecordType,
  redactText,
  toWireRecord,
  type ValidationIssue,
  WIRE_FIELD_LABELS,
} from '@credit-bridge/core';
import { createRandom, generateRecord } from '@credit-bridge/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRowMapper, type MappingSpec, type MapResult } from '../../src/index.js';
import { maskValue } from '../../src/internal/mask-value.js';
import { applyTransforms } from '../../src/mapping/internal/apply-transforms.js';
import { compileColumns } from '../../src/mapping/internal/compile-columns.js';
import type { SourceRow } from '../../src/sources/source-row.js';

/**
 * The row mapper as its documentation tells it, with nothing prepared ahead: the plan compiled for
 * the row, every cell trimmed and transformed into a wire row, the row converted (generation 1) and
 * read with fromWireRecord, each constant set on a fresh copy.
 */
function referenceMap(spec: MappingSpec, row: SourceRow): MapResult {
  if (row.error !== undefined) {
    return { ok: false, issues: [{ path: [], code: row.error.code, message: row.error.message }] };
  }
  const plan = compileColumns(spec, Object.keys(row.fields));
  const wire: Record<string, string> = {};
  const issues: ValidationIssue[] = [];
  for (const column of plan.columns) {
    const raw = row.fields[column.header] ?? '';
    const result = applyTransforms(raw, column.transforms, column.wireField);
    if (!result.ok) {
      issues.push({
        path: column.field.split('.'),
        code: result.code,
        message: `${column.header}: ${redactText(result.message)}`,
        value: maskValue(column.field, raw),
      });
    } else if (result.value !== undefined) wire[column.wire] = result.value;
  }
  if (issues.length > 0) return { ok: false, issues };
  let extra: Record<string, string> = {};
  let wireRow: Record<string, string> = wire;
  if (spec.preset === 'generation-1' && (spec.recordType === 'penalty' || spec.recordType === 'license')) {
    const converted = convertGeneration1(spec.recordType, wire);
    wireRow = converted.row;
    extra = converted.unmapped;
  }
  const record = fromWireRecord(spec.recordType, wireRow);
  for (const [path, value] of Object.entries(spec.constants ?? {})) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let current = record;
    for (const key of keys) {
      const next = current[key];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) current[key] = {};
      current = current[key] as Record<string, unknown>;
    }
    current[last] = structuredClone(value);
  }
  return { ok: true, record, unmapped: extra };
}

function outcome(run: () => unknown): string {
  try {
    return JSON.stringify({ value: run() }, (_key, value) => (value === undefined ? '<undefined>' : value));
  } catch (error) {
    return JSON.stringify({ threw: String(error), code: (error as { code?: unknown }).code });
  }
}

const toFullWidth = (text: string) =>
  text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

const CELLS = [
  '',
  ' ',
  '\u3000',
  '\u200B',
  '\uFEFF',
  'ＡＢＣ１２３',
  '—',
  '罚钱',
  '罚款;警告',
  '12',
  '１２．５',
  '-3',
  'abc',
  '2026年3月1日',
  '２０２６－０３－０１',
  '45000',
  '自然人',
  'x'.repeat(250),
];

const TRANSFORMS: MappingSpec['columns'] = {
  金额: { field: 'fineFen', transform: { type: 'amount', unit: 'yuan' } },
  日期: {
    field: 'decisionDate',
    transform: [{ type: 'halfWidth' }, { type: 'date', format: 'YYYY年M月D日' }],
  },
  名: { field: 'subject.name', transform: [{ type: 'halfWidth' }, { type: 'replace', values: { '—': '' } }] },
  类别: { field: 'kinds', transform: { type: 'code', synonyms: { 罚钱: 'fine' } } },
  备注: { field: 'remarks', transform: { type: 'default', value: '无' } },
};

const SPECS: readonly ((type: RecordType) => MappingSpec)[] = [
  (type) => ({ recordType: type }),
  (type) => ({ recordType: type, constants: { version: 3, sourceSystem: 'hn-samr', 'subject.name': 'K' } }),
  (type) => ({ recordType: type, constants: { remarks: { nested: ['a'] } } as never }),
  (type) => ({ recordType: type, autoMap: false, columns: { 名称: 'subject.name', 文号: 'decisionNo' } }),
  () => ({
    recordType: 'penalty',
    columns: TRANSFORMS,
    ignore: ['序号'],
    synonyms: { sector: { 消防安全: 'other' } },
  }),
  () => ({ recordType: 'penalty', columns: TRANSFORMS, autoMap: false }),
  () => ({
    recordType: 'penalty',
    columns: {
      罚款: { field: 'CF_NR_FK', transform: [{ type: 'halfWidth' }, { type: 'amount', unit: 'wan_yuan' }] },
    },
  }),
  () => ({ recordType: 'penalty', preset: 'generation-1' }),
  () => ({ recordType: 'license', preset: 'generation-1', constants: { version: 2 } }),
];

const rowArb = fc
  .record({
    type: fc.constantFrom(...RECORD_TYPES),
    spec: fc.nat(),
    seed: fc.nat(),
    styles: fc.array(fc.constantFrom('wire', 'lower', 'label', 'fullWidthLabel', 'drop'), {
      minLength: 40,
      maxLength: 40,
    }),
    cells: fc.array(fc.oneof(fc.constant<string | undefined>(undefined), fc.constantFrom(...CELLS)), {
      minLength: 40,
      maxLength: 40,
    }),
    strays: fc.subarray([
      '序号',
      '金额',
      '日期',
      '名',
      '类别',
      '备注',
      '名称',
      '文号',
      'CF_CFLB1',
      '处罚机关',
      '罚款金额(元)',
      '罚款金额（万元）',
    ]),
  })
  .map(({ type, spec, seed, styles, cells, strays }) => {
    const makeSpec = SPECS[spec % SPECS.length] as (type: RecordType) => MappingSpec;
    const mapping = makeSpec(type);
    const wire = toWireRecord(
      mapping.recordType,
      generateRecord(mapping.recordType, createRandom(seed)) as never,
    );
    const fields: Record<string, string> = {};
    Object.entries(wire).forEach(([name, value], index) => {
      const style = styles[index % styles.length];
      const label = WIRE_FIELD_LABELS[mapping.recordType][name] ?? name;
      const header =
        style === 'lower'
          ? name.toLowerCase()
          : style === 'label'
            ? label
            : style === 'fullWidthLabel'
              ? toFullWidth(label)
              : name;
      if (style !== 'drop') fields[header] = cells[index % cells.length] ?? value;
    });
    strays.forEach((header, index) => {
      fields[header] = cells[(index * 7) % cells.length] ?? '2026-03-01';
    });
    if (mapping.columns !== undefined) {
      Object.keys(mapping.columns).forEach((header, index) => {
        fields[header] = cells[(seed + index * 3) % cells.length] ?? '２０２６年３月１日';
      });
    }
    if (mapping.preset === 'generation-1') {
      for (const column of GENERATION_1_PENALTY_COLUMNS.slice(0, seed % 8))
        fields[column.v1] = cells[seed % cells.length] ?? '1';
    }
    return { spec: mapping, rows: [{ source: 's', rowNumber: 1, fields }] as SourceRow[] };
  });

describe('createRowMapper (reference property)', () => {
  it('maps rows exactly as the plain reference does: records, key order, issues, unmapped values and errors', () => {
    fc.assert(
      fc.property(rowArb, ({ spec, rows }) => {
        const mapper = outcome(() => createRowMapper(spec));
        if (mapper.startsWith('{"threw"')) return;
        const live = createRowMapper(spec);
        for (const row of [
          ...rows,
          ...rows,
          {
            source: 's',
            rowNumber: 2,
            fields: {},
            error: { code: 'E_SOURCE_CSV' as const, message: 'bad quote' },
          },
        ]) {
          expect(outcome(() => live.map(row))).toBe(outcome(() => referenceMap(spec, row)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives every record its own copy of an object constant, and refuses one structuredClone refuses', () => {
    const spec: MappingSpec = { recordType: 'penalty', constants: { remarks: { list: [1] } } as never };
    const mapper = createRowMapper(spec);
    const first = mapper.map({ source: 's', rowNumber: 1, fields: {} });
    const second = mapper.map({ source: 's', rowNumber: 2, fields: {} });
    expect(first.ok && second.ok && first.record.remarks !== second.record.remarks).toBe(true);
    const refused = createRowMapper({ recordType: 'penalty', constants: { remarks: () => 1 } as never });
    expect(() => refused.map({ source: 's', rowNumber: 1, fields: {} })).toThrow(/could not be cloned/);
  });
});
