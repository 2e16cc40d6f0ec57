import { describe, expect, it } from 'vitest';
import { fromIterable, fromRows } from '../../src/index.js';
import { collect } from '../support/temp-dir.js';

describe('fromRows / fromIterable', () => {
  it('turns driver values into text the way the columns mean them', async () => {
    const rows = await collect(
      fromIterable(
        [
          {
            CF_WSH: '汉南市监罚〔2026〕1号',
            CF_NR_FK: 0.2,
            RECORD_VERSION: 3,
            big: 12345678901234567890n,
            flag: false,
            CF_JDRQ: new Date('2026-03-04T16:00:00Z'),
            SJC: new Date('2026-03-05T01:02:03Z'),
            BZ: null,
            list: [1, 2n],
          },
        ],
        { source: 'frxzcf' },
      ),
    );
    expect(rows).toEqual([
      {
        source: 'frxzcf',
        rowNumber: 1,
        fields: {
          CF_WSH: '汉南市监罚〔2026〕1号',
          CF_NR_FK: '0.2',
          RECORD_VERSION: '3',
          big: '12345678901234567890',
          flag: 'false',
          CF_JDRQ: '2026-03-05',
          SJC: '2026-03-05T09:02:03.000+08:00',
          list: '[1,"2"]',
        },
      },
    ]);
  });

  it('refuses values that already lost digits instead of passing a wrong number on', async () => {
    const rows = await collect(
      fromIterable([{ id: 2 ** 58 + 4 }, { ok: 'x' }, { when: new Date(Number.NaN) }]),
    );
    expect(rows.map((row) => [row.rowNumber, row.error?.code ?? row.fields])).toEqual([
      [1, 'E_SOURCE_VALUE'],
      [2, { ok: 'x' }],
      [3, 'E_SOURCE_VALUE'],
    ]);
    expect(rows[0]?.error?.message).toContain('id:');
  });

  it('calls the query again on every iteration, from async iterables too', async () => {
    let calls = 0;
    const source = fromRows(
      async function* () {
        calls += 1;
        yield { n: calls };
      },
      { source: 'db' },
    );
    expect(await collect(source)).toEqual([{ source: 'db', rowNumber: 1, fields: { n: '1' } }]);
    expect(await collect(source)).toEqual([{ source: 'db', rowNumber: 1, fields: { n: '2' } }]);
  });
});
