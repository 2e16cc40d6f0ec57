import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, generateIdNumber, generateUscc } from '@credit-bridge/core/testing';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/index.js';
import { collect, useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const random = createRandom(4201);
const idNumber = generateIdNumber(random);
const uscc = generateUscc(random);

async function writeWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('说明');
  notes.addRow(['本表为合成测试数据']);
  const sheet = workbook.addWorksheet('行政处罚');
  sheet.addRow([
    '行政相对人名称',
    '证件号码',
    '统一社会信用代码',
    '处罚决定日期',
    '罚款金额(万元)',
    '地方编码',
    '备注',
  ]);
  sheet.addRow([
    '张三',
    idNumber,
    '',
    new Date(Date.UTC(2026, 2, 5)),
    0.1 + 0.2,
    '007001',
    { richText: [{ text: '富' }, { text: '文本' }] },
  ]);
  sheet.addRow([]);
  const organisation = sheet.addRow([
    '武汉示例科技有限公司',
    '',
    uscc,
    new Date(Date.UTC(2026, 2, 6, 9, 30, 0)),
    { formula: 'A1', result: 1234.5 },
    420113,
    true,
  ]);
  organisation.getCell(6).numFmt = '000000';
  const padded = sheet.addRow(['示例', '', '', '', 2, 7001, '']);
  padded.getCell(6).numFmt = '000000';
  await workbook.xlsx.writeFile(path);
}

describe('readXlsx', () => {
  it('streams a worksheet as the text Excel shows', async () => {
    const path = join(tempDir(), '处罚.xlsx');
    await writeWorkbook(path);
    const rows = await collect(readXlsx(path, { sheet: '行政处罚' }));
    expect(rows.map((row) => [row.source, row.rowNumber, row.error])).toEqual([
      ['处罚.xlsx', 1, undefined],
      ['处罚.xlsx', 3, undefined],
      ['处罚.xlsx', 4, undefined],
    ]);
    expect(rows.map((row) => row.fields)).toEqual([
      {
        行政相对人名称: '张三',
        证件号码: idNumber,
        统一社会信用代码: '',
        处罚决定日期: '2026-03-05',
        '罚款金额(万元)': '0.3',
        地方编码: '007001',
        备注: '富文本',
      },
      {
        行政相对人名称: '武汉示例科技有限公司',
        证件号码: '',
        统一社会信用代码: uscc,
        处罚决定日期: '2026-03-06 09:30:00',
        '罚款金额(万元)': '1234.5',
        地方编码: '420113',
        备注: 'TRUE',
      },
      {
        行政相对人名称: '示例',
        证件号码: '',
        统一社会信用代码: '',
        处罚决定日期: '',
        '罚款金额(万元)': '2',
        地方编码: '007001',
        备注: '',
      },
    ]);
  });

  it('reads a later sheet of a workbook again and again without a stray error', async () => {
    const path = join(tempDir(), 'book.xlsx');
    await writeWorkbook(path);
    // ExcelJS writes the sheets before the shared strings, so its reader parks them in temporary files.
    for (let round = 0; round < 100; round += 1) {
      expect(await collect(readXlsx(path, { sheet: '行政处罚' }))).toHaveLength(3);
    }
  });

  it('picks a sheet by position and refuses a missing sheet or a file that is not a workbook', async () => {
    const path = join(tempDir(), 'book.xlsx');
    await writeWorkbook(path);
    expect(await collect(readXlsx(path, { sheet: 2 }))).toHaveLength(3);
    expect(await collect(readXlsx(path))).toEqual([]);
    await expect(collect(readXlsx(path, { sheet: '许可' }))).rejects.toMatchObject({
      code: 'E_SOURCE_SHEET',
    });
    const notXlsx = join(tempDir(), 'fake.xlsx');
    writeFileSync(notXlsx, 'name,code\n');
    await expect(collect(readXlsx(notXlsx))).rejects.toMatchObject({ code: 'E_SOURCE_XLSX' });
  });
});
