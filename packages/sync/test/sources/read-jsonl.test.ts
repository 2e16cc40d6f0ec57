import { Readable } from 'node:stream';
import { createRandom, generateIdNumber } from '@credit-bridge/core/testing';
import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../src/index.js';
import { collect } from '../support/temp-dir.js';

const random = createRandom(7);
// An all-digit identity number, as a system that stores it in a numeric column exports it.
let idNumber = generateIdNumber(random);
while (idNumber.endsWith('X')) idNumber = generateIdNumber(random);

function lines(...items: string[]): Readable {
  return Readable.from([Buffer.from(items.join('\r\n'))]);
}

describe('readJsonl', () => {
  it('keeps the digits of numbers beyond 2^53 and every other scalar as text', async () => {
    const digits = idNumber;
    const rows = await collect(
      readJsonl(
        lines(
          `{"CF_XDR_ZJHM": ${digits}, "CF_NR_FK": 0.20, "n": -1.5e3, "ok": true, "no": false, "gone": null}`,
        ),
        {
          source: 'feed',
        },
      ),
    );
    expect(String(Number(digits))).not.toBe(digits);
    expect(rows).toEqual([
      {
        source: 'feed',
        rowNumber: 1,
        fields: { CF_XDR_ZJHM: digits, CF_NR_FK: '0.20', n: '-1.5e3', ok: 'true', no: 'false', gone: '' },
      },
    ]);
  });

  it('decodes escapes and keeps nested values as their JSON text', async () => {
    const rows = await collect(
      readJsonl(lines('{"a":"\\u6c49\\"\\n","b":[1, {"c": 12345678901234567890}],"d":{}}')),
    );
    expect(rows[0]?.fields).toEqual({ a: '汉"\n', b: '[1, {"c": 12345678901234567890}]', d: '{}' });
  });

  it('numbers rows by line, skips blank lines and reports bad lines without stopping', async () => {
    const rows = await collect(
      readJsonl(
        lines(
          '{"a":"1"}',
          '',
          '{"a": 01}',
          '[1,2]',
          '{"a":"x", "a":"y"}',
          '{"a": "unterminated}',
          '{"a":1} trailing',
          '{"a":"ok"}',
        ),
      ),
    );
    expect(rows.map((row) => [row.rowNumber, row.error?.code ?? row.fields])).toEqual([
      [1, { a: '1' }],
      [3, 'E_SOURCE_JSON'],
      [4, 'E_SOURCE_JSON'],
      [5, 'E_SOURCE_JSON'],
      [6, 'E_SOURCE_JSON'],
      [7, 'E_SOURCE_JSON'],
      [8, { a: 'ok' }],
    ]);
    expect(rows[3]?.error?.message).toContain('twice');
  });

  it('drops a UTF-8 byte-order mark and reports bytes that are not UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('{"名称":"示例"}\n{"a":"'),
      Buffer.from([0xd6, 0xd0]),
      Buffer.from('"}\n'),
    ]);
    const rows = await collect(readJsonl(Readable.from([bytes]), { source: 's' }));
    expect(rows.map((row) => row.error?.code ?? row.fields)).toEqual([{ 名称: '示例' }, 'E_SOURCE_ENCODING']);
  });
});
