import { describe, expect, it } from 'vitest';
import {
  type DecodedExchangeMessage,
  decodeExchangeMessage,
  encodeExchangeMessage,
} from '../../../src/index.js';
import { expectCode, recordMessage, text, utf8, withDigest } from './support/exchange-fixtures.js';

const valid = text(encodeExchangeMessage(recordMessage(0, 3, 77)));

/** Applies `edit` to the second record only, fixes the digest and decodes. */
function decodeWithSecondRecord(edit: (record: string) => string): DecodedExchangeMessage {
  const parts = valid.split('<PenaltyRecord>');
  parts[2] = edit(parts[2] ?? '');
  return decodeExchangeMessage(withDigest(parts.join('<PenaltyRecord>')));
}

function recordsOf(message: DecodedExchangeMessage) {
  if (message.messageType !== 'XZCF') throw new Error(`expected XZCF, got ${message.messageType}`);
  return message.records;
}

describe('a record that breaks the schema is rejected on its own, the others go on', () => {
  it.each([
    [
      'an unknown column',
      (record: string) => record.replace('<CF_SY>', '<CF_FOO>x</CF_FOO><CF_SY>'),
      'CF_FOO',
    ],
    [
      'a repeated column',
      (record: string) => record.replace('<CF_SY>', '<CF_SY>again</CF_SY><CF_SY>'),
      'CF_SY',
    ],
    [
      'an empty column',
      (record: string) => record.replace(/<CF_YJ>[^<]*<\/CF_YJ>/, '<CF_YJ></CF_YJ>'),
      'CF_YJ',
    ],
    [
      'a self-closing column',
      (record: string) => record.replace(/<CF_YJ>[^<]*<\/CF_YJ>/, '<CF_YJ/>'),
      'CF_YJ',
    ],
    ['a column holding elements', (record: string) => record.replace('<CF_SY>', '<CF_SY><b>x</b>'), 'CF_SY'],
    ['an alias wire name', (record: string) => record.replace(/<(\/?)CF_YJ>/g, '<$1cf_yj>'), 'cf_yj'],
  ])('%s: E_XML_SCHEMA with the element in field', (_, edit, field) => {
    const records = recordsOf(decodeWithSecondRecord(edit));
    expect(records.map((record) => record.ok)).toEqual([true, false, true]);
    const second = records[1];
    if (second === undefined || second.ok) throw new Error('second record should be rejected');
    expect(second.index).toBe(1);
    expect(second.recordId).toMatch(/^CF-/);
    expect(second.issues).toContainEqual(expect.objectContaining({ code: 'E_XML_SCHEMA', field }));
  });

  it('reports values the record schema rejects with the wire name and the toolkit codes', () => {
    const records = recordsOf(
      decodeWithSecondRecord((record) =>
        record.replace(/<CF_JDRQ>[^<]*</, '<CF_JDRQ>2026-02-30<').replace(/<CF_WSH>[^<]*<\/CF_WSH>/, ''),
      ),
    );
    const second = records[1];
    if (second === undefined || second.ok) throw new Error('second record should be rejected');
    expect(second.issues).toContainEqual(
      expect.objectContaining({ code: 'E_FORMAT', field: 'CF_JDRQ', path: ['decisionDate'] }),
    );
    expect(second.issues).toContainEqual(
      expect.objectContaining({ code: 'E_REQUIRED', field: 'CF_WSH', path: ['decisionNo'] }),
    );
    expect(second.input).toMatchObject({ decisionDate: '2026-02-30' });
  });

  it('masks identity numbers in issue values', () => {
    const records = recordsOf(
      decodeWithSecondRecord((record) =>
        record.replace(/<CF_XDR_MC>/, '<CF_XDR_ZJHM>42010319880512031X</CF_XDR_ZJHM><CF_XDR_MC>'),
      ),
    );
    const second = records[1];
    if (second === undefined || second.ok) throw new Error('second record should be rejected');
    expect(JSON.stringify(second.issues)).not.toContain('42010319880512031X');
  });

  it('leaves leaves as strings until the wire codec and zod type them (no number guessing)', () => {
    const records = recordsOf(
      decodeWithSecondRecord((record) => record.replace(/<RECORD_VERSION>[^<]*</, '<RECORD_VERSION>1e3<')),
    );
    const second = records[1];
    if (second === undefined || second.ok) throw new Error('second record should be rejected');
    expect(second.issues).toContainEqual(expect.objectContaining({ field: 'RECORD_VERSION' }));
    expect(second.input).toMatchObject({ version: '1e3' });
  });
});

describe('message-level problems are typed errors', () => {
  const header = (edit: (xml: string) => string) => utf8(edit(valid));

  it.each([
    ['a missing messageId', (xml: string) => xml.replace(/<messageId>[^<]*<\/messageId>/, ''), 'messageId'],
    [
      'a sendTime without +08:00',
      (xml: string) => xml.replace('+08:00</sendTime>', 'Z</sendTime>'),
      'sendTime',
    ],
    [
      'an unknown header element',
      (xml: string) => xml.replace('</Header>', '<priority>1</priority></Header>'),
      'priority',
    ],
    [
      'a repeated header element',
      (xml: string) => xml.replace('</Header>', '<regionCode>420111</regionCode></Header>'),
      'regionCode',
    ],
    [
      'a number where a code is',
      (xml: string) => xml.replace(/<senderCode>[^<]*</, '<senderCode>1.2e+17<'),
      'senderCode',
    ],
  ])('%s: E_XML_SCHEMA naming the element', (_, edit, field) => {
    const error = expectCode(() => decodeExchangeMessage(header(edit)), 'E_XML_SCHEMA');
    expect(error.details.field).toBe(field);
  });

  it('refuses an unknown schema version (E_SCHEMA_VERSION) and message type (E_MESSAGE_TYPE)', () => {
    expectCode(
      () => decodeExchangeMessage(header((xml) => xml.replace('>1.0<', '>2.0<'))),
      'E_SCHEMA_VERSION',
    );
    expectCode(
      () => decodeExchangeMessage(header((xml) => xml.replace('>XZCF<', '>XZZZ<'))),
      'E_MESSAGE_TYPE',
    );
  });

  it('refuses a Body whose records are not of the header type (E_MESSAGE_TYPE)', () => {
    const relabelled = valid.replace('<messageType>XZCF<', '<messageType>XZXK<');
    expectCode(() => decodeExchangeMessage(utf8(relabelled)), 'E_MESSAGE_TYPE');
  });

  it('refuses a recordCount that does not match the Body (E_RECORD_COUNT)', () => {
    expectCode(
      () => decodeExchangeMessage(header((xml) => xml.replace('<recordCount>3<', '<recordCount>2<'))),
      'E_RECORD_COUNT',
    );
  });

  it('refuses more than 500 records (E_BATCH_TOO_LARGE)', () => {
    expectCode(
      () => decodeExchangeMessage(header((xml) => xml.replace('<recordCount>3<', '<recordCount>501<'))),
      'E_BATCH_TOO_LARGE',
    );
    const full = text(encodeExchangeMessage(recordMessage(0, 500, 1)));
    const record = full.slice(full.indexOf('    <PenaltyRecord>'), full.indexOf('</PenaltyRecord>') + 17);
    const tooMany = withDigest(full.replace('  </Body>', `${record}\n  </Body>`));
    expectCode(() => decodeExchangeMessage(tooMany), 'E_BATCH_TOO_LARGE');
  });

  it('refuses a message without Header, without Body, or with an empty Body (E_XML_SCHEMA)', () => {
    expectCode(
      () => decodeExchangeMessage(header((xml) => xml.replace(/<Header>[\s\S]*<\/Header>/, ''))),
      'E_XML_SCHEMA',
    );
    expectCode(
      () => decodeExchangeMessage(header((xml) => xml.replace(/<Body>[\s\S]*<\/Body>/, ''))),
      'E_XML_SCHEMA',
    );
    expectCode(
      () => decodeExchangeMessage(header((xml) => xml.replace(/<Body>[\s\S]*<\/Body>/, '<Body/>'))),
      'E_XML_SCHEMA',
    );
    expectCode(
      () => decodeExchangeMessage(withDigest(valid.replace(/<Body>[\s\S]*<\/Body>/, '<Body>\n  </Body>'))),
      'E_XML_SCHEMA',
    );
  });

  it('refuses text between the records of Body (E_XML_SCHEMA)', () => {
    expectCode(
      () => decodeExchangeMessage(withDigest(valid.replace('</PenaltyRecord>', '</PenaltyRecord>stray'))),
      'E_XML_SCHEMA',
    );
    expectCode(
      () =>
        decodeExchangeMessage(withDigest(valid.replace('</PenaltyRecord>', '</PenaltyRecord><![CDATA[x]]>'))),
      'E_XML_SCHEMA',
    );
  });

  it('refuses a root other than Message (E_XML_SCHEMA)', () => {
    expectCode(
      () => decodeExchangeMessage(header((xml) => xml.replace(/Message/g, 'Envelope'))),
      'E_XML_SCHEMA',
    );
  });
});
