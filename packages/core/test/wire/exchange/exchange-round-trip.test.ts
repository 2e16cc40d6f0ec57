import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnyRecord,
  type DecodedExchangeMessage,
  decodeExchangeMessage,
  type ExchangeEncoding,
  type ExchangeMessage,
  encodeExchangeMessage,
} from '../../../src/index.js';
import {
  HEADER,
  hostileReceipt,
  hostileRecord,
  hostileReport,
  RECORD_MESSAGE_KINDS,
} from './support/exchange-fixtures.js';

const ENCODINGS: ExchangeEncoding[] = ['UTF-8', 'GB18030'];

function valuesOf(decoded: DecodedExchangeMessage): unknown[] {
  if (decoded.messageType === 'RECEIPT') return [decoded.receipt];
  return decoded.records.map((record) => (record.ok ? record.value : record.issues));
}

describe.each(ENCODINGS)('encode → decode in %s', (encoding) => {
  it.each(RECORD_MESSAGE_KINDS)(
    'returns any %s record unchanged (hostile free text)',
    (messageType, recordType) => {
      fc.assert(
        fc.property(
          fc.array(hostileRecord(recordType), { minLength: 1, maxLength: 3 }),
          fc.constantFrom('SM3' as const, 'SHA-256' as const),
          (records, digestAlgorithm) => {
            const message = { messageType, header: HEADER, records } as ExchangeMessage;
            const decoded = decodeExchangeMessage(
              encodeExchangeMessage(message, { encoding, digestAlgorithm }),
            );
            expect(decoded.messageType).toBe(messageType);
            expect(decoded.encoding).toBe(encoding);
            expect(decoded.header).toMatchObject({ ...HEADER, recordCount: records.length, digestAlgorithm });
            expect(valuesOf(decoded)).toEqual(records);
          },
        ),
        { numRuns: 60 },
      );
    },
  );

  it('returns any credit report unchanged', () => {
    fc.assert(
      fc.property(fc.array(hostileReport(), { minLength: 1, maxLength: 2 }), (records) => {
        const decoded = decodeExchangeMessage(
          encodeExchangeMessage({ messageType: 'XYBG', header: HEADER, records }, { encoding }),
        );
        expect(valuesOf(decoded)).toEqual(records);
      }),
      { numRuns: 40 },
    );
  });

  it('returns any receipt unchanged, with recordCount the number of results', () => {
    fc.assert(
      fc.property(hostileReceipt(), (receipt) => {
        const header = { ...HEADER, correlationId: '8f3a1d2c-5b6e-4c7d-a8e9-0f1a2b3c4d5e' };
        const decoded = decodeExchangeMessage(
          encodeExchangeMessage({ messageType: 'RECEIPT', header, receipt }, { encoding }),
        );
        expect(valuesOf(decoded)).toEqual([receipt]);
        expect(decoded.header.recordCount).toBe(receipt.results?.length ?? 0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('values that naive XML codecs corrupt', () => {
  const penalty = (text: string): AnyRecord[] => [
    {
      ...(fc.sample(hostileRecord('penalty'), { seed: 5, numRuns: 1 })[0] as AnyRecord),
      facts: text,
    } as AnyRecord,
  ];

  it.each([
    ['markup characters and quotes', `a & b < c > d " e ' f`],
    ['a CDATA end', 'x]]>y<![CDATA[z]]>'],
    ['CR, CRLF and LF', 'line1\r\nline2\rline3\nline4'],
    ['surrounding spaces and tabs', '  \t 有空格 \t  '],
    ['CJK extension B and emoji (outside the BMP)', '𠀀𠀁𪚥 😀 示例'],
    ['text that looks like references', '&amp;lt; &#20013; &nbsp;'],
    ['digits with leading zeros and an 18-digit number', '000123 420103198805120317 1e5'],
    ['very long text', '长文本 & <b> 𠀀\n'.repeat(20_000)],
  ])('keeps %s', (_, value) => {
    for (const encoding of ENCODINGS) {
      const records = penalty(value);
      const decoded = decodeExchangeMessage(
        encodeExchangeMessage({ messageType: 'XZCF', header: HEADER, records } as ExchangeMessage, {
          encoding,
        }),
      );
      expect(valuesOf(decoded)).toEqual(records);
    }
  });

  it('keeps 18-digit identity numbers and codes as strings', () => {
    const [record] = fc.sample(
      hostileRecord('penalty').filter((candidate) => 'idNumber' in candidate.subject),
      { seed: 11, numRuns: 1 },
    );
    const decoded = decodeExchangeMessage(
      encodeExchangeMessage({ messageType: 'XZCF', header: HEADER, records: [record] } as ExchangeMessage),
    );
    const [first] = valuesOf(decoded) as AnyRecord[];
    if (first === undefined || record === undefined) throw new Error('no record');
    expect(first.subject).toEqual(record.subject);
    expect(first.subject.category).toBe('natural_person');
    expect('idNumber' in first.subject && first.subject.idNumber).toMatch(/^[0-9]{17}[0-9X]$/);
    expect(first.regionCode).toMatch(/^\d{6}$/);
  });
});
