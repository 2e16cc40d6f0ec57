import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/index.js';

const ROWS = 200_000;
const HEADER = '记录编号,行政相对人名称,统一社会信用代码,处罚内容,罚款金额（万元）,处罚决定日期\r\n';

// Rows are generated lazily in GBK, 1,000 at a time, so only the reader under test could hold them.
function* gbkCsv(): Generator<Buffer> {
  yield iconv.encode(HEADER, 'gbk');
  for (let start = 0; start < ROWS; start += 1000) {
    let text = '';
    for (let i = start; i < start + 1000; i += 1) {
      text += `CF-${i},武汉示例第${i}号科技有限公司,91420113MA4K${String(i).padStart(6, '0')},"罚款${i}元，责令改正",${i / 10000},2026-03-05\r\n`;
    }
    yield iconv.encode(text, 'gbk');
  }
}

// The heap after a full collection: what the reader keeps. Sampled without one, the heap also holds
// garbage V8 has not collected yet, as much as 90 MB in about one run in ten, whatever the reader does.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const retainedHeap = () => {
  collect();
  return process.memoryUsage().heapUsed;
};

describe('readCsv streaming', () => {
  it(`reads ${ROWS.toLocaleString('en')} GBK rows with flat memory`, async () => {
    const before = retainedHeap();
    let peak = before;
    let count = 0;
    let lastId = '';
    for await (const row of readCsv(Readable.from(gbkCsv()), { source: 'big.csv' })) {
      count += 1;
      lastId = row.fields.记录编号 ?? '';
      if (count % 10_000 === 0) peak = Math.max(peak, retainedHeap());
    }
    expect(count).toBe(ROWS);
    expect(lastId).toBe(`CF-${ROWS - 1}`);
    // The decoded text alone is over 40 MB (UTF-16); holding the rows would need several times that.
    expect(peak - before).toBeLessThan(48 * 1024 * 1024);
  });
});
