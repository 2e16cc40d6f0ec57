import { Readable } from 'node:stream';
import { validateRecord } from '@credit-bridge/core';
import { SYNTHETIC_TODAY } from '@credit-bridge/core/testing';
import { createRowMapper, readCsv, validateMapped } from '@credit-bridge/sync';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildDemoDataset } from '../../src/demo/build-demo-dataset.js';
import { toExcelCsv } from '../../src/demo/write-demo-exports.js';

const dataset = buildDemoDataset({ today: SYNTHETIC_TODAY, sizes: { penalties: 320, blacklist: 12 } });

describe('the demo dataset', () => {
  it('is the same every time and its accepted records are valid', () => {
    expect(buildDemoDataset({ today: SYNTHETIC_TODAY, sizes: { penalties: 320, blacklist: 12 } })).toEqual(
      dataset,
    );
    for (const record of dataset.accepted.penalty)
      expect(validateRecord('penalty', record, { today: SYNTHETIC_TODAY }).ok).toBe(true);
    expect(dataset.badRows.map((row) => [row.file, row.rowNumber, row.rule])).toEqual([
      ['penalties', 7, 'E_USCC_CHECKSUM'],
      ['penalties', 302, 'E_REQUIRED'],
      ['penalties', 320, 'E_FORMAT'],
      ['blacklist', 11, 'E_ID_CHECKSUM'],
    ]);
  });

  it('reads back from its Excel-style GBK CSV with exactly the planted rows rejected', async () => {
    const bytes = iconv.encode(toExcelCsv('penalty', dataset.penaltyRows), 'gbk');
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
    const mapper = createRowMapper({ recordType: 'penalty' });
    const rejected: number[] = [];
    for await (const row of readCsv(Readable.from([bytes]))) {
      const mapped = mapper.map(row);
      const result = mapped.ok
        ? validateMapped('penalty', mapped.record, { today: SYNTHETIC_TODAY })
        : mapped;
      if (!result.ok) rejected.push(row.rowNumber);
    }
    expect(rejected).toEqual([7, 302, 320]);
  });

  it('quotes a field only when Excel would', () => {
    expect(toExcelCsv('penalty', [{ RECORD_ID: 'CF-1', CF_XDR_MC: '武汉, "某"公司' }])).toBe(
      '记录编号,行政相对人名称\r\nCF-1,"武汉, ""某""公司"\r\n',
    );
  });
});
