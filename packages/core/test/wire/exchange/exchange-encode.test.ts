import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnyRecord,
  decodeExchangeMessage,
  EXCHANGE_NAMESPACE,
  type ExchangeMessage,
  encodeExchangeMessage,
} from '../../../src/index.js';
import { expectCode, HEADER, hostileRecord, recordMessage, text } from './support/exchange-fixtures.js';

const [penalty] = fc.sample(hostileRecord('penalty'), { numRuns: 1, seed: 17 }) as AnyRecord[];
const withFacts = (facts: string): ExchangeMessage =>
  ({ messageType: 'XZCF', header: HEADER, records: [{ ...penalty, facts }] }) as ExchangeMessage;

describe('encodeExchangeMessage', () => {
  it('writes the declaration, the namespace, the header in schema order and the computed fields', () => {
    const xml = text(encodeExchangeMessage(recordMessage(2, 3, 5)));
    expect(
      xml.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<Message xmlns="${EXCHANGE_NAMESPACE}">\n`),
    ).toBe(true);
    const names = [...xml.slice(0, xml.indexOf('</Header>')).matchAll(/<(\w+)>/g)].map((match) => match[1]);
    expect(names).toEqual([
      'Header',
      'messageId',
      'messageType',
      'schemaVersion',
      'senderCode',
      'receiverCode',
      'regionCode',
      'sendTime',
      'recordCount',
      'bodyDigest',
      'digestAlgorithm',
    ]);
    expect(xml).toContain('<messageType>SXMD</messageType>');
    expect(xml).toContain('<recordCount>3</recordCount>');
    expect(xml).not.toContain('<![CDATA[');
  });

  it.each([
    ['SM3', 'sm3'],
    ['SHA-256', 'sha256'],
  ] as const)('digests the exact Body bytes with %s, in the output encoding', (digestAlgorithm, hash) => {
    for (const encoding of ['UTF-8', 'GB18030'] as const) {
      const bytes = Buffer.from(encodeExchangeMessage(recordMessage(0, 2, 8), { encoding, digestAlgorithm }));
      const start = bytes.indexOf('<Body>');
      const end = bytes.indexOf('</Body>') + '</Body>'.length;
      const expected = createHash(hash).update(bytes.subarray(start, end)).digest('hex');
      expect(bytes.toString('latin1')).toContain(`<bodyDigest>${expected}</bodyDigest>`);
      expect(bytes.toString('latin1')).toContain(`<digestAlgorithm>${digestAlgorithm}</digestAlgorithm>`);
    }
  });

  it('writes GB18030 bytes on request, declared as such', () => {
    const bytes = Buffer.from(encodeExchangeMessage(withFacts('违法事实𠀀'), { encoding: 'GB18030' }));
    expect(bytes.toString('latin1')).toMatch(/^<\?xml version="1\.0" encoding="GB18030"\?>/);
    expect(bytes.includes(Buffer.from('违法事实', 'utf8'))).toBe(false);
    expect(new TextDecoder('gb18030').decode(bytes)).toContain('违法事实𠀀');
  });

  it.each([
    ['a C0 control', 'a\u0001b', 'U+0001'],
    ['U+FFFE', 'a\uFFFEb', 'U+FFFE'],
    ['a lone high surrogate', 'a\uD840b', 'U+D840'],
    ['a lone low surrogate', 'a\uDC00b', 'U+DC00'],
  ])('refuses %s, naming the record and field (E_XML_CHAR)', (_, facts, char) => {
    const error = expectCode(() => encodeExchangeMessage(withFacts(facts)), 'E_XML_CHAR');
    expect(error.message).toContain('records[0].CF_SY');
    expect(error.message).toContain(char);
    expect(error.details).toMatchObject({
      field: 'CF_SY',
      index: 0,
    });
  });

  it('refuses private-use characters GB18030 readers disagree on, only in GB18030', () => {
    expectCode(() => encodeExchangeMessage(withFacts('x\uE78Dx'), { encoding: 'GB18030' }), 'E_XML_CHAR');
    const decoded = decodeExchangeMessage(encodeExchangeMessage(withFacts('x\uE78Dx')));
    expect(decoded.messageType === 'XZCF' && decoded.records[0]?.ok && decoded.records[0].value.facts).toBe(
      'x\uE78Dx',
    );
  });

  it('refuses blank text, which would read back as absent (E_WIRE_VALUE)', () => {
    expect(expectCode(() => encodeExchangeMessage(withFacts(' \n ')), 'E_WIRE_VALUE').message).toContain(
      'CF_SY',
    );
  });

  it('refuses a value the wire table cannot write, naming the record (E_WIRE_VALUE)', () => {
    const bad = {
      messageType: 'XZCF',
      header: HEADER,
      records: [penalty, { ...penalty, kinds: ['flogging'] }],
    };
    expect(expectCode(() => encodeExchangeMessage(bad as ExchangeMessage), 'E_WIRE_VALUE').message).toContain(
      'records[1]',
    );
  });

  it('refuses an empty batch (E_ARGUMENT) and more than 500 records (E_BATCH_TOO_LARGE)', () => {
    expectCode(
      () => encodeExchangeMessage({ ...recordMessage(0, 1, 1), records: [] } as ExchangeMessage),
      'E_ARGUMENT',
    );
    const records = Array.from({ length: 501 }, () => penalty);
    expectCode(
      () => encodeExchangeMessage({ messageType: 'XZCF', header: HEADER, records } as ExchangeMessage),
      'E_BATCH_TOO_LARGE',
    );
  });

  it('refuses an invalid header, receipt or option (E_ARGUMENT)', () => {
    const message = recordMessage(0, 1, 1);
    expect(
      expectCode(
        () => encodeExchangeMessage({ ...message, header: { ...HEADER, messageId: '42' } }),
        'E_ARGUMENT',
      ).message,
    ).toContain('header.messageId');
    expectCode(
      () =>
        encodeExchangeMessage({ ...message, header: { ...HEADER, regionCode: 420113 as unknown as string } }),
      'E_ARGUMENT',
    );
    expectCode(
      () =>
        encodeExchangeMessage({
          messageType: 'RECEIPT',
          header: HEADER,
          receipt: {
            status: 'ACCEPTED',
            receivedTime: 'now',
            acceptedCount: 0,
            duplicateCount: 0,
            rejectedCount: 0,
          },
        }),
      'E_ARGUMENT',
    );
    expectCode(() => encodeExchangeMessage(message, { encoding: 'UTF-16' as 'UTF-8' }), 'E_ARGUMENT');
  });

  it('refuses output over maxBytes (E_XML_TOO_LARGE), 4 MiB by default', () => {
    expectCode(() => encodeExchangeMessage(recordMessage(0, 2, 1), { maxBytes: 2000 }), 'E_XML_TOO_LARGE');
    const long = '长'.repeat(1_500_000);
    expectCode(() => encodeExchangeMessage(withFacts(long)), 'E_XML_TOO_LARGE');
  });
});
