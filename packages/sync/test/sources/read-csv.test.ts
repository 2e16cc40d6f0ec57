import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createRandom, generateIdNumber, generateUscc } from '@credit-bridge/core/testing';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { type DetectedEncoding, readCsv } from '../../src/index.js';
import { collect, useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const random = createRandom(20260301);
const idNumber = generateIdNumber(random);
const uscc = generateUscc(random);

// What Excel's "CSV (逗号分隔)" writes on a Chinese Windows: GBK bytes, CRLF, quotes only where needed.
const EXCEL_CSV = [
  '行政相对人名称,统一社会信用代码,证件号码,地方编码,处罚内容,罚款金额（万元）',
  `武汉示例科技有限公司,${uscc},,420113,"罚款2,000元",0.2`,
  `张三,,${idNumber},007001,"警告；""责令改正""\r\n并处罚款",0.05`,
  '',
  '"湖北省示例物流有限公司,汉南分公司",,,420113,,',
].join('\r\n');

function stream(bytes: Uint8Array, chunkSize = 7): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize)
    chunks.push(Buffer.from(bytes.subarray(i, i + chunkSize)));
  return Readable.from(chunks);
}

describe('readCsv', () => {
  it('reads an Excel GBK export exactly: quoted commas and line breaks, ids, leading zeros, blank rows', async () => {
    const path = join(tempDir(), '处罚.csv');
    writeFileSync(path, iconv.encode(EXCEL_CSV, 'gbk'));
    const detected: DetectedEncoding[] = [];
    const rows = await collect(readCsv(path, { onEncoding: (encoding) => detected.push(encoding) }));
    expect(detected).toEqual(['gb18030']);
    expect(rows).toEqual([
      {
        source: '处罚.csv',
        rowNumber: 1,
        fields: {
          行政相对人名称: '武汉示例科技有限公司',
          统一社会信用代码: uscc,
          证件号码: '',
          地方编码: '420113',
          处罚内容: '罚款2,000元',
          '罚款金额（万元）': '0.2',
        },
      },
      {
        source: '处罚.csv',
        rowNumber: 2,
        fields: {
          行政相对人名称: '张三',
          统一社会信用代码: '',
          证件号码: idNumber,
          地方编码: '007001',
          处罚内容: '警告；"责令改正"\r\n并处罚款',
          '罚款金额（万元）': '0.05',
        },
      },
      {
        source: '处罚.csv',
        rowNumber: 4,
        fields: {
          行政相对人名称: '湖北省示例物流有限公司,汉南分公司',
          统一社会信用代码: '',
          证件号码: '',
          地方编码: '420113',
          处罚内容: '',
          '罚款金额（万元）': '',
        },
      },
    ]);
  });

  it('gives the same rows whatever the chunking of the byte stream', async () => {
    const bytes = iconv.encode(EXCEL_CSV, 'gbk');
    const whole = await collect(readCsv(stream(bytes, bytes.length), { source: 'x' }));
    for (const size of [1, 2, 3, 5, 64]) {
      expect(await collect(readCsv(stream(bytes, size), { source: 'x' }))).toEqual(whole);
    }
  });

  it('reads UTF-8 with a BOM (Excel "CSV UTF-8") and without one, detecting both', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EXCEL_CSV, 'utf8')]);
    const gbk = await collect(readCsv(stream(iconv.encode(EXCEL_CSV, 'gbk')), { source: 'x' }));
    const detected: DetectedEncoding[] = [];
    const onEncoding = (encoding: DetectedEncoding) => detected.push(encoding);
    expect(await collect(readCsv(stream(bom), { source: 'x', onEncoding }))).toEqual(gbk);
    expect(await collect(readCsv(stream(Buffer.from(EXCEL_CSV)), { source: 'x', onEncoding }))).toEqual(gbk);
    expect(detected).toEqual(['utf-8', 'utf-8']);
  });

  it('detects GBK whose first non-ASCII byte comes after a long ASCII stretch', async () => {
    const ascii = `RECORD_ID,CF_XDR_MC\r\n${Array.from({ length: 3000 }, (_, i) => `CF-${i},Example Ltd`).join('\r\n')}`;
    const text = `${ascii}\r\nCF-3000,汉南区示例餐馆\r\n`;
    const rows = await collect(readCsv(stream(iconv.encode(text, 'gbk'), 4096), { source: 'x' }));
    expect(rows).toHaveLength(3001);
    expect(rows.at(-1)?.fields).toEqual({ RECORD_ID: 'CF-3000', CF_XDR_MC: '汉南区示例餐馆' });
  });

  it('reads a declared encoding, a GB18030 mark, other delimiters and a title row above the header', async () => {
    const text = '2026年3月行政处罚公示\r\n名称;代码\r\n示例;001\r\n';
    const declared = await collect(
      readCsv(stream(iconv.encode(text, 'gbk')), {
        encoding: 'gbk',
        delimiter: ';',
        headerRow: 2,
        source: 'x',
      }),
    );
    expect(declared).toEqual([{ source: 'x', rowNumber: 1, fields: { 名称: '示例', 代码: '001' } }]);
    const marked = Buffer.concat([
      Buffer.from([0x84, 0x31, 0x95, 0x33]),
      iconv.encode('名称\n示例\n', 'gb18030'),
    ]);
    expect(await collect(readCsv(stream(marked), { source: 'x' }))).toEqual([
      { source: 'x', rowNumber: 1, fields: { 名称: '示例' } },
    ]);
  });

  it('keys a file without a header by column letter or by the given columns', async () => {
    const input = () => stream(Buffer.from('a,b\nc,d\n'));
    expect((await collect(readCsv(input(), { headerRow: 0 }))).map((row) => row.fields)).toEqual([
      { A: 'a', B: 'b' },
      { A: 'c', B: 'd' },
    ]);
    const named = await collect(readCsv(input(), { headerRow: 0, columns: ['x', 'y'] }));
    expect(named.map((row) => [row.rowNumber, row.fields])).toEqual([
      [1, { x: 'a', y: 'b' }],
      [2, { x: 'c', y: 'd' }],
    ]);
  });

  it('turns bad quoting, extra values and undecodable bytes into error rows and reads on', async () => {
    const text = [
      'name,code',
      'good,1',
      '"broken"x,2',
      'after,3',
      'too,many,values',
      'trailing,4,,',
      '"never closed,5',
      'last,6',
    ].join('\n');
    const bytes = Buffer.concat([
      Buffer.from(`${text}\nbad,\xff`, 'latin1').subarray(0, -1),
      Buffer.from([0xff, 0x0a]),
    ]);
    const rows = await collect(readCsv(stream(Buffer.from(bytes)), { encoding: 'utf-8', source: 'x' }));
    expect(rows.map((row) => [row.rowNumber, row.error?.code ?? row.fields])).toEqual([
      [1, { name: 'good', code: '1' }],
      [2, 'E_SOURCE_CSV'],
      [3, { name: 'after', code: '3' }],
      [4, 'E_SOURCE_COLUMNS'],
      [5, { name: 'trailing', code: '4' }],
      [6, 'E_SOURCE_CSV'],
      [7, { name: 'last', code: '6' }],
      [8, 'E_SOURCE_ENCODING'],
    ]);
    expect(rows[1]?.fields).toEqual({});
  });

  it('resumes after a stray quote on its own line, even when a quote rows later would pair with it', async () => {
    const text = ['name,code', '"stray,1', 'good,2', '"next",3', 'last,4'].join('\r\n');
    const rows = await collect(readCsv(stream(Buffer.from(text)), { encoding: 'utf-8', source: 'x' }));
    expect(rows.map((row) => [row.rowNumber, row.error?.code ?? row.fields])).toEqual([
      [1, 'E_SOURCE_CSV'],
      [2, { name: 'good', code: '2' }],
      [3, { name: 'next', code: '3' }],
      [4, { name: 'last', code: '4' }],
    ]);
  });

  it('refuses a header that names a column twice, and an unreadable header', async () => {
    await expect(
      collect(readCsv(stream(Buffer.from('a,b,a\n1,2,3\n')), { source: 'x' })),
    ).rejects.toMatchObject({
      code: 'E_SOURCE_HEADER',
    });
    await expect(collect(readCsv(stream(Buffer.from('"a\n')), { source: 'x' }))).rejects.toMatchObject({
      code: 'E_SOURCE_HEADER',
    });
  });
});
