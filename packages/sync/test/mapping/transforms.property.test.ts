import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MappingSpec, mapRow } from '../../src/index.js';

const day = fc
  .record({
    year: fc.integer({ min: 1950, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day: d }) => new Date(Date.UTC(year, month - 1, d)).getUTCDate() === d);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const fullWidth = (text: string) =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

function excelSerial(year: number, month: number, d: number): number {
  // Serial 25569 is 1970-01-01 in Excel's 1900 system (which counts the phantom 1900-02-29).
  return Date.UTC(year, month - 1, d) / 86_400_000 + 25569;
}

function decisionDate(spec: MappingSpec, cell: string): unknown {
  const mapped = mapRow(spec, { source: 'p', rowNumber: 1, fields: { 日期: cell } });
  return mapped.ok ? mapped.record.decisionDate : mapped.issues;
}

const auto: MappingSpec = {
  recordType: 'penalty',
  columns: { 日期: { field: 'decisionDate', transform: { type: 'date' } } },
};
const serial: MappingSpec = {
  recordType: 'penalty',
  columns: { 日期: { field: 'decisionDate', transform: { type: 'date', excelSerial: true } } },
};
const european: MappingSpec = {
  recordType: 'penalty',
  columns: { 日期: { field: 'decisionDate', transform: { type: 'date', format: 'DD/MM/YYYY' } } },
};
const american: MappingSpec = {
  recordType: 'penalty',
  columns: { 日期: { field: 'decisionDate', transform: { type: 'date', format: 'M/D/YYYY' } } },
};

describe('mapping transforms (properties)', () => {
  it('maps a date written in any accepted layout to the same day', () => {
    fc.assert(
      fc.property(day, ({ year, month, day: d }) => {
        const iso = `${year}-${pad(month)}-${pad(d)}`;
        const cells: [MappingSpec, string][] = [
          [auto, iso],
          [auto, `${year}/${month}/${d}`],
          [auto, `${year}.${pad(month)}.${pad(d)}`],
          [auto, `${year}${pad(month)}${pad(d)}`],
          [auto, `${year}年${month}月${d}日`],
          [auto, ` ${fullWidth(iso)}\u3000`],
          [auto, `${iso} 00:00:00`],
          [auto, `${iso}T23:59:59+08:00`],
          [serial, String(excelSerial(year, month, d))],
          [european, `${pad(d)}/${pad(month)}/${year}`],
          [american, `${month}/${d}/${year}`],
        ];
        for (const [spec, cell] of cells) expect(decisionDate(spec, cell)).toBe(iso);
      }),
    );
  });

  it('reads the same amount in 元 and in 万元, from explicit transforms and from header units', () => {
    const yuanSpec: MappingSpec = {
      recordType: 'penalty',
      columns: { 金额: { field: 'fineFen', transform: { type: 'amount', unit: 'yuan' } } },
    };
    const wanSpec: MappingSpec = {
      recordType: 'penalty',
      columns: { 金额: { field: 'fineFen', transform: { type: 'amount', unit: 'wan_yuan' } } },
    };
    const headerSpec: MappingSpec = { recordType: 'penalty' };
    const fine = (spec: MappingSpec, fields: Record<string, string>) => {
      const mapped = mapRow(spec, { source: 'p', rowNumber: 1, fields });
      return mapped.ok ? mapped.record.fineFen : mapped.issues;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (fen) => {
        const yuan = `${Math.floor(fen / 100)}.${pad(fen % 100)}`;
        const wan = `${Math.floor(fen / 1_000_000)}.${pad(fen % 1_000_000, 6)}`;
        expect(fine(yuanSpec, { 金额: yuan })).toBe(fen);
        expect(fine(wanSpec, { 金额: wan })).toBe(fen);
        expect(fine(yuanSpec, { 金额: `${wan}万元` })).toBe(fen);
        expect(fine(headerSpec, { '罚款金额(元)': yuan })).toBe(fen);
        expect(fine(headerSpec, { '罚款金额（万元）': wan })).toBe(fen);
        expect(fine(headerSpec, { CF_NR_FK: wan })).toBe(fen);
      }),
    );
  });
});
