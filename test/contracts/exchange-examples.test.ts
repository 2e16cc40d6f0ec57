import { describe, expect, it } from 'vitest';
import {
  arrayAt,
  exampleMessages,
  isObject,
  loadOpenApi,
  objectAt,
  readContractBytes,
  stringAt,
} from './support/contracts.js';
import {
  bodyDigest,
  bodyRange,
  countElements,
  declaredEncoding,
  decodeMessage,
  elementText,
  validateAgainstXsd,
} from './support/xml.js';

const RECORD_ELEMENT: Record<string, string> = {
  XZCF: 'PenaltyRecord',
  XZXK: 'LicenseRecord',
  SXMD: 'BlacklistRecord',
  XYXF: 'RepairRecord',
  XYBG: 'CreditReport',
  RECEIPT: 'Result',
};

const messages = exampleMessages();

describe('example exchange messages (docs/contracts/examples/*.xml)', () => {
  it('cover every message type, a receipt, and a non-UTF-8 encoding', () => {
    const types = messages.map(({ bytes }) => elementText(decodeMessage(bytes), 'messageType'));
    expect(new Set(types)).toEqual(new Set(Object.keys(RECORD_ELEMENT)));
    expect(messages.some(({ bytes }) => declaredEncoding(bytes) === 'GB18030')).toBe(true);
  });

  describe.each(messages.map((message) => [message.name, message] as const))('%s', (name, { bytes }) => {
    const text = decodeMessage(bytes);

    it('validates against exchange-envelope.xsd', async () => {
      expect(await validateAgainstXsd(bytes, name)).toEqual([]);
    });

    it('has a bodyDigest equal to the digest of the Body bytes as sent', () => {
      const algorithm = elementText(text, 'digestAlgorithm') ?? '';
      expect(['SM3', 'SHA-256']).toContain(algorithm);
      expect(elementText(text, 'bodyDigest')).toBe(bodyDigest(bytes, algorithm));
    });

    it('has a recordCount matching the Body, and Body content matching messageType', () => {
      const type = elementText(text, 'messageType') ?? '';
      const recordElement = RECORD_ELEMENT[type];
      expect(recordElement).toBeDefined();
      const { start, end } = bodyRange(bytes);
      // Tag names are ASCII, and no multi-byte sequence of UTF-8, GB18030 or GBK contains '<'.
      const bodyText = Buffer.from(bytes.subarray(start, end)).toString('latin1');
      // Reports nest records in their sections, so only CreditReport elements count for XYBG.
      expect(String(countElements(bodyText, recordElement ?? ''))).toBe(elementText(text, 'recordCount'));
    });

    it('has no DOCTYPE and a declared encoding', () => {
      expect(text).not.toMatch(/<!DOCTYPE/i);
      expect(Buffer.from(bytes.subarray(0, 40)).toString('latin1')).toMatch(
        /^<\?xml version="1\.0" encoding="/,
      );
    });
  });

  it('answers the SXMD example with a PARTIAL receipt whose results match its records', () => {
    const byId = new Map(
      messages.map(({ bytes }) => {
        const text = decodeMessage(bytes);
        return [elementText(text, 'messageId'), text] as const;
      }),
    );
    const receipt = [...byId.values()].find((text) => elementText(text, 'messageType') === 'RECEIPT') ?? '';
    expect(elementText(receipt, 'status')).toBe('PARTIAL');
    const answered = byId.get(elementText(receipt, 'correlationId'));
    expect(answered).toBeDefined();
    const answeredText = answered ?? '';
    expect(elementText(receipt, 'receiverCode')).toBe(elementText(answeredText, 'senderCode'));
    const recordIds = [...answeredText.matchAll(/<(?:\w+:)?RECORD_ID>([^<]*)</g)].map((m) => m[1]);
    const resultIds = [...receipt.matchAll(/<(?:\w+:)?recordId>([^<]*)</g)].map((m) => m[1]);
    expect(resultIds).toEqual(recordIds);
    const statuses = [...receipt.matchAll(/<(?:\w+:)?Result>[\s\S]*?<(?:\w+:)?status>(\w+)</g)].map(
      (m) => m[1],
    );
    expect(statuses).toEqual(['accepted', 'accepted', 'rejected']);
  });

  it('detects a changed byte in the Body (the digest check is real)', () => {
    const original = readContractBytes('examples/xzcf-penalty.xml');
    const tampered = Buffer.from(original);
    const { start, end } = bodyRange(tampered);
    const at = tampered.indexOf('<CF_NR_FK>2<', start) + '<CF_NR_FK>'.length;
    expect(at).toBeGreaterThan(start);
    expect(at).toBeLessThan(end);
    tampered[at] = '3'.charCodeAt(0);
    const declared = elementText(decodeMessage(tampered), 'bodyDigest');
    expect(bodyDigest(tampered, 'SM3')).not.toBe(declared);
  });

  it('rejects a message that breaks the schema (the XSD validator is real)', async () => {
    const original = decodeMessage(readContractBytes('examples/xzxk-license.xml'));
    const broken = original.replace('<XK_XKLB>普通</XK_XKLB>', '<XK_XKLB>一般</XK_XKLB>');
    expect(broken).not.toBe(original);
    const errors = await validateAgainstXsd(Buffer.from(broken, 'utf8'), 'broken.xml');
    expect(errors.join('\n')).toMatch(/XK_XKLB/);
  });
});

describe('XML inside exchange-platform.openapi.yaml', () => {
  const document = loadOpenApi('exchange-platform.openapi.yaml');
  const publish = objectAt(objectAt(document, 'paths'), '/exchange/v1/messages');

  it('shows the example files byte for byte, so the documented digests hold', () => {
    const request = objectAt(objectAt(objectAt(publish, 'post'), 'requestBody'), 'content');
    const requestXml = objectAt(objectAt(objectAt(request, 'application/xml'), 'examples'), 'license');
    expect(stringAt(requestXml, 'value')).toBe(
      readContractBytes('examples/xzxk-license.xml').toString('utf8'),
    );
    const ok = objectAt(objectAt(objectAt(objectAt(publish, 'post'), 'responses'), '200'), 'content');
    const receiptXml = objectAt(objectAt(objectAt(ok, 'application/xml'), 'examples'), 'partial');
    expect(stringAt(receiptXml, 'value')).toBe(
      readContractBytes('examples/receipt-partial.xml').toString('utf8'),
    );
  });

  it('carries inbox payloads whose bytes are valid messages with correct digests', async () => {
    const inbox = objectAt(objectAt(objectAt(document, 'paths'), '/exchange/v1/inbox'), 'get');
    const media = objectAt(
      objectAt(objectAt(objectAt(inbox, 'responses'), '200'), 'content'),
      'application/json',
    );
    const items = Object.values(objectAt(media, 'examples')).flatMap((example) =>
      arrayAt(objectAt(isObject(example) ? example.value : null, 'data'), 'items'),
    );
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const bytes = Buffer.from(stringAt(item, 'payload') ?? '', 'base64');
      const text = decodeMessage(bytes);
      expect(await validateAgainstXsd(bytes, 'inbox-item.xml')).toEqual([]);
      expect(elementText(text, 'bodyDigest')).toBe(
        bodyDigest(bytes, elementText(text, 'digestAlgorithm') ?? ''),
      );
      expect(elementText(text, 'messageId')).toBe(stringAt(item, 'messageId'));
    }
  });
});
