import { describe, expect, it } from 'vitest';
import { decodeExchangeMessage, encodeExchangeMessage, isCreditBridgeError } from '../../../src/index.js';
import { expectCode, recordMessage, text, utf8, withDigest } from './support/exchange-fixtures.js';

const valid = text(encodeExchangeMessage(recordMessage(0, 2, 42)));
const NS = 'urn:credit-bridge:exchange:1.0';

/** Decodes, expecting `code`, fast: every hostile input fails in well under a second. */
function refuse(input: Uint8Array | string, code: string): Error {
  const bytes = typeof input === 'string' ? utf8(input) : input;
  const started = performance.now();
  const error = expectCode(() => decodeExchangeMessage(bytes), code);
  expect(performance.now() - started).toBeLessThan(500);
  return error;
}

const billionLaughs = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE Message [',
  ' <!ENTITY lol "lol">',
  ...Array.from(
    { length: 9 },
    (_, level) => ` <!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`,
  ),
  ']>',
  `<Message xmlns="${NS}"><Header><messageId>&lol9;</messageId></Header><Body/></Message>`,
].join('\n');

describe('hostile input is a typed error, quickly, with bounded memory', () => {
  it('refuses billion laughs before any entity is expanded', () => {
    const before = process.memoryUsage().heapUsed;
    refuse(billionLaughs, 'E_XML_DOCTYPE');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it.each([
    ['an external entity', `<!DOCTYPE Message [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n`],
    ['an external DTD', '<!DOCTYPE Message SYSTEM "http://example.invalid/exchange.dtd">\n'],
    ['a PUBLIC DTD', '<!DOCTYPE Message PUBLIC "-//X//DTD Y//EN" "y.dtd">\n'],
    ['a bare DOCTYPE', '<!DOCTYPE Message>\n'],
    ['a lower-case doctype', '<!doctype Message>\n'],
    ['a mixed-case DocType after a comment', '<!-- note -->\n<!DocType Message []>\n'],
    ['a parameter entity', '<!DOCTYPE Message [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n'],
  ])('refuses %s (E_XML_DOCTYPE)', (_, doctype) => {
    const [declaration, rest] = [
      valid.slice(0, valid.indexOf('\n') + 1),
      valid.slice(valid.indexOf('\n') + 1),
    ];
    refuse(declaration + doctype + rest, 'E_XML_DOCTYPE');
    refuse(`\uFEFF${declaration}${doctype}${rest}`, 'E_XML_DOCTYPE');
    refuse(`  \n${doctype}${rest}`, 'E_XML_DOCTYPE');
  });

  it('refuses a DOCTYPE or entity declaration anywhere else too', () => {
    refuse(valid.replace('<Body>', '<Body><!DOCTYPE x>'), 'E_XML_DOCTYPE');
    refuse(valid.replace('<Body>', '<Body><!ENTITY x "y">'), 'E_XML_MALFORMED');
  });

  it.each([
    ['an undefined entity', '&lol;'],
    ['an HTML entity', '&nbsp;'],
    ['a bare ampersand', 'A & B'],
    ['an unterminated reference', '&amp'],
  ])('refuses %s in text (E_XML_MALFORMED)', (_, value) => {
    refuse(withDigest(valid.replace(/<CF_SY>[^<]*/, `<CF_SY>${value}`)), 'E_XML_MALFORMED');
  });

  it('refuses input over the size limit before reading it', () => {
    const huge = new Uint8Array(4 * 1024 * 1024 + 1).fill(0x3c);
    refuse(huge, 'E_XML_TOO_LARGE');
    expectCode(() => decodeExchangeMessage(utf8(valid), { maxBytes: 100 }), 'E_XML_TOO_LARGE');
  });

  it('refuses every truncation of a message (E_XML_MALFORMED)', () => {
    const bytes = utf8(valid);
    const end = valid.lastIndexOf('</Message>') + '</Message>'.length;
    for (let length = 0; length < end; length += 1 + (length % 7)) {
      const error = refuse(bytes.subarray(0, length), 'E_XML_MALFORMED');
      expect(isCreditBridgeError(error)).toBe(true);
    }
  });

  it.each([
    ['mismatched tags', (xml: string) => xml.replace('</RECORD_ID>', '</RECORD_VERSION>')],
    ['an end tag without a start tag', (xml: string) => xml.replace('</Header>', '</Header></Extra>')],
    ['a second root element', (xml: string) => `${xml}<Message xmlns="${NS}"/>`],
    ['text after the root element', (xml: string) => `${xml}trailing`],
    ['a "<" inside a tag', (xml: string) => xml.replace('<Body>', '<Body <x>')],
    ['a misplaced XML declaration', (xml: string) => xml.replace('<Body>', '<Body><?xml version="1.0"?>')],
  ])('refuses %s (E_XML_MALFORMED)', (_, edit) => {
    refuse(edit(valid), 'E_XML_MALFORMED');
  });

  it.each([
    ['another default namespace', (xml: string) => xml.replace(`xmlns="${NS}"`, 'xmlns="urn:other:1.0"')],
    ['no namespace', (xml: string) => xml.replace(` xmlns="${NS}"`, '')],
    ['an unbound prefix', (xml: string) => xml.replace('<Body>', '<x:Body>').replace('</Body>', '</x:Body>')],
    [
      'a record in another namespace',
      (xml: string) => xml.replace('<PenaltyRecord>', '<PenaltyRecord xmlns="urn:x">'),
    ],
    ['an older envelope namespace', (xml: string) => xml.replace(NS, 'urn:credit-bridge:exchange:0.9')],
  ])('refuses %s (E_XML_NAMESPACE)', (_, edit) => {
    refuse(withDigest(edit(valid)), 'E_XML_NAMESPACE');
  });

  it('reads any prefix bound to the envelope namespace, and namespace declarations on inner elements', () => {
    const prefixed = valid
      .replace(`<Message xmlns="${NS}">`, `<m:Message xmlns:m="${NS}">`)
      .replace(/<(\/?)(?!\?)([A-Za-z_][\w]*)>/g, '<$1m:$2>')
      .replace('</Message>', '</m:Message>');
    expect(prefixed).toContain('<m:CF_SY>');
    const decoded = decodeExchangeMessage(withDigest(prefixed));
    const original = decodeExchangeMessage(utf8(valid));
    if (decoded.messageType !== 'XZCF' || original.messageType !== 'XZCF') throw new Error('wrong type');
    expect(decoded.records).toEqual(original.records);
    expect(decoded.records.every((record) => record.ok)).toBe(true);
    const redeclared = valid.replace('<PenaltyRecord>', `<PenaltyRecord xmlns="${NS}">`);
    expect(decodeExchangeMessage(withDigest(redeclared)).messageType).toBe('XZCF');
  });

  it('refuses attributes, which the envelope does not have (E_XML_SCHEMA)', () => {
    refuse(valid.replace('<Header>', '<Header id="1">'), 'E_XML_SCHEMA');
  });

  it('refuses elements nested without bound, quickly', () => {
    const deep = valid.replace('<CF_SY>', `<CF_SY>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`);
    refuse(deep, 'E_XML_SCHEMA');
  });

  it('refuses a Body that does not match its digest (E_BODY_DIGEST)', () => {
    const tampered = valid.replace(/<CF_SY>./, '<CF_SY>改');
    refuse(tampered, 'E_BODY_DIGEST');
    refuse(
      valid.replace(
        /<bodyDigest>[0-9a-f]/,
        (match) => `${match.slice(0, -1)}${match.endsWith('0') ? '1' : '0'}`,
      ),
      'E_BODY_DIGEST',
    );
    refuse(valid.replace('  </Body>', ' </Body>'), 'E_BODY_DIGEST');
    const gb = encodeExchangeMessage(recordMessage(1, 1, 3), { encoding: 'GB18030' });
    const flipped = Uint8Array.from(gb);
    const at = Buffer.from(gb).indexOf('<RECORD_ID>') + '<RECORD_ID>'.length;
    flipped[at] = (flipped[at] ?? 0) === 0x41 ? 0x42 : 0x41;
    refuse(flipped, 'E_BODY_DIGEST');
  });

  it.each([
    ['a raw C0 control', (xml: string) => xml.replace(/<CF_SY>/, '<CF_SY>\u0001')],
    ['U+FFFF', (xml: string) => xml.replace(/<CF_SY>/, '<CF_SY>\uFFFF')],
    ['a reference to U+0000', (xml: string) => xml.replace(/<CF_SY>/, '<CF_SY>&#0;')],
    ['a reference to a surrogate', (xml: string) => xml.replace(/<CF_SY>/, '<CF_SY>&#xD800;')],
    ['a reference to U+FFFE', (xml: string) => xml.replace(/<CF_SY>/, '<CF_SY>&#xfffe;')],
    ['a reference beyond Unicode', (xml: string) => xml.replace(/<CF_SY>/, '<CF_SY>&#x110000;')],
  ])('refuses %s, naming the element (E_XML_CHAR)', (_, edit) => {
    expect(refuse(withDigest(edit(valid)), 'E_XML_CHAR').message).toContain('CF_SY');
  });
});

describe('encodings', () => {
  it('refuses UTF-16 and UTF-32, with or without a byte-order mark (E_XML_ENCODING)', () => {
    const utf16 = Buffer.from(`\uFEFF${valid}`, 'utf16le');
    refuse(utf16, 'E_XML_ENCODING');
    refuse(Buffer.from(valid.replace('UTF-8', 'UTF-16'), 'utf16le'), 'E_XML_ENCODING');
    refuse(Uint8Array.from([0xfe, 0xff, 0x00, 0x3c]), 'E_XML_ENCODING');
  });

  it('refuses other declared encodings, and a GB18030 declaration after a UTF-8 mark', () => {
    refuse(valid.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'E_XML_ENCODING');
    refuse(`\uFEFF${valid.replace('encoding="UTF-8"', 'encoding="GB18030"')}`, 'E_XML_ENCODING');
  });

  it('reads a UTF-8 byte-order mark, which is outside Body and so outside the digest', () => {
    expect(decodeExchangeMessage(utf8(`\uFEFF${valid}`))).toEqual(decodeExchangeMessage(utf8(valid)));
  });

  it('reads GBK and GB2312 declarations (any case) as GB18030', () => {
    const gb = Buffer.from(encodeExchangeMessage(recordMessage(0, 2, 9), { encoding: 'GB18030' }));
    for (const name of ['GBK', 'gbk', 'GB2312', 'gb18030']) {
      const renamed = Buffer.from(
        gb.toString('latin1').replace('encoding="GB18030"', `encoding="${name}"`),
        'latin1',
      );
      expect(decodeExchangeMessage(renamed).encoding).toBe('GB18030');
    }
  });

  // Decided: the declaration is authoritative (XML 1.0 §4.3.3). UTF-8 bytes under a GBK declaration
  // that are not valid GB18030 are E_XML_MALFORMED; ones that happen to be valid GB18030 read as
  // other Chinese text, as any XML reader would read them.
  it('refuses UTF-8 bytes declared GBK when they are not valid GB18030 (E_XML_MALFORMED)', () => {
    refuse(valid.replace('encoding="UTF-8"', 'encoding="GBK"'), 'E_XML_MALFORMED');
  });

  it('refuses bytes that are not UTF-8 (E_XML_MALFORMED)', () => {
    const bytes = Buffer.from(valid, 'utf8');
    const at = bytes.indexOf('<CF_SY>') + '<CF_SY>'.length;
    refuse(
      Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28]), bytes.subarray(at)]),
      'E_XML_MALFORMED',
    );
  });
});

describe('markup other senders may use', () => {
  it('reads CDATA (with a split "]]>"), references, comments and processing instructions in values', () => {
    const edited = valid.replace(
      /<CF_SY>[^<]*<\/CF_SY>/,
      '<CF_SY><![CDATA[a & <b> ]]]]><![CDATA[>]]> &#x4E2D;&#20013;&lt;<!-- skip --><?pi skip?>&amp;end</CF_SY>',
    );
    const decoded = decodeExchangeMessage(withDigest(edited));
    if (decoded.messageType !== 'XZCF') throw new Error('wrong type');
    expect(decoded.records[0]?.ok && decoded.records[0].value.facts).toBe('a & <b> ]]> 中中<&end');
  });

  it('reads columns in any order (xs:all) and whitespace or comments between them', () => {
    const edited = valid.replace(
      /(<RECORD_ID>[^<]*<\/RECORD_ID>)(\s*)(<RECORD_VERSION>[^<]*<\/RECORD_VERSION>)/,
      '$3<!-- swapped -->\n\t$1',
    );
    const original = decodeExchangeMessage(utf8(valid));
    const decoded = decodeExchangeMessage(withDigest(edited));
    if (decoded.messageType !== 'XZCF' || original.messageType !== 'XZCF') throw new Error('wrong type');
    expect(decoded.records).toEqual(original.records);
  });
});
