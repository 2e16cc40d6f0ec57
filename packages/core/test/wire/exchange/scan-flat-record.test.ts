import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExchangeMessage, encodeExchangeMessage } from '../../../src/index.js';
import { RECORD_ELEMENT_COLUMNS } from '../../../src/wire/exchange/internal/decode-record.js';
import { readRecordXml } from '../../../src/wire/exchange/internal/read-record-xml.js';
import { scanXmlDocument, type XmlScan } from '../../../src/wire/exchange/internal/scan-xml-document.js';
import { HEADER, hostileRecord, RECORD_MESSAGE_KINDS, text } from './support/exchange-fixtures.js';

const NS = 'urn:credit-bridge:exchange:1.0';

// Edits of one record's XML: shapes the in-place reader takes (references, other whitespace, columns
// out of order) and shapes it must leave to the general scan (comments, CDATA, prefixes, attributes,
// unknown, repeated, empty, nested or mismatched columns, text between columns, bad characters).
const EDITS: readonly ((record: string) => string)[] = [
  (record) => record.replace(/(<[A-Z_]+>)([^<]*<\/)/, '$1&amp;&#x4E2D;&#20013;&lt;$2'),
  (record) => record.replace(/(<[A-Z_]+>)[^<]*(<\/)/, '$1&#32;$2'),
  (record) => record.replace(/\n\s*/g, '\r\n\t'),
  (record) => record.replace(/(<[A-Z_]+>[^<]*<\/[A-Z_]+>)(\s*)(<[A-Z_]+>[^<]*<\/[A-Z_]+>)/, '$3$2$1'),
  (record) => record.replace(/(<\/[A-Z_]+>)/, '$1<!-- note -->'),
  (record) => record.replace(/(<[A-Z_]+>)([^<]*)(<\/)/, '$1<![CDATA[$2]]>$3'),
  (record) => record.replace(/<([A-Z_]+)>([^<]*)<\/\1>/, `<m:$1 xmlns:m="${NS}">$2</m:$1>`),
  (record) => record.replace(/<([A-Z_]+)>/, `<$1 xmlns="${NS}">`),
  (record) => record.replace(/<([A-Z_]+)>/, '<$1 id="1">'),
  (record) => record.replace(/<([A-Z_]+)>([^<]*)<\/\1>/, '<$1_X>$2</$1_X>'),
  (record) => record.replace(/(<([A-Z_]+)>[^<]*<\/\2>)/, '$1$1'),
  (record) => record.replace(/<([A-Z_]+)>[^<]*<\/\1>/, '<$1></$1>'),
  (record) => record.replace(/<([A-Z_]+)>[^<]*<\/\1>/, '<$1/>'),
  (record) => record.replace(/<([A-Z_]+)>([^<]*)<\/\1>/, '<$1>$2<b>x</b></$1>'),
  (record) => record.replace(/<\/([A-Z_]+)>/, '</$1X>'),
  (record) =>
    record.replace(/<\/([A-Z_]*)([A-Z])>/, (_, head, last) => `</${head}${last === 'A' ? 'B' : 'A'}>`),
  (record) => record.replace(/<\/([A-Z_]+)>/, '</$1 >'),
  (record) => record.replace(/(<\/[A-Z_]+>)/, '$1 stray '),
  (record) => record.replace(/(<[A-Z_]+>)/, '$1\u0001'),
  (record) => record.replace(/(<[A-Z_]+>)/, '$1&nbsp;'),
  (record) => record.replace(/(<[A-Z_]+>)/, '$1&#0;'),
  (record) => record.replace(/<\/([A-Za-z]+Record)>$/, '</$1 >'),
  (record) => record.replace(/<\/([A-Za-z]+Record)>$/, ''),
  (record) => record.replace(/<\/([A-Za-z]+)Record>$/, '</$1Recorx>'),
];

/** The scan, or the error it throws. */
function scanned(xml: string, withRecords: boolean): XmlScan | Error {
  try {
    return withRecords ? scanXmlDocument(xml, RECORD_ELEMENT_COLUMNS) : scanXmlDocument(xml);
  } catch (error) {
    return error as Error;
  }
}

function errorOf(result: XmlScan | Error): unknown {
  if (!(result instanceof Error)) return result;
  const { code, details } = result as Error & { code?: string; details?: unknown };
  return { message: result.message, code, details };
}

describe('scanXmlDocument reading records in place', () => {
  it.each(RECORD_MESSAGE_KINDS)(
    'agrees with the general scan and readRecordXml on any edited %s message',
    (messageType, recordType) => {
      fc.assert(
        fc.property(
          fc.array(hostileRecord(recordType), { minLength: 1, maxLength: 3 }),
          fc.array(fc.tuple(fc.nat(), fc.nat({ max: EDITS.length - 1 })), { maxLength: 3 }),
          (records, edits) => {
            const message = { messageType, header: HEADER, records } as ExchangeMessage;
            const parts = text(encodeExchangeMessage(message)).split(/(?=<[A-Za-z]+Record>)/);
            for (const [which, edit] of edits) {
              const at = 1 + (which % (parts.length - 1));
              const part = parts[at] ?? '';
              const end = part.lastIndexOf('Record>') + 'Record>'.length;
              parts[at] = (EDITS[edit] ?? String)(part.slice(0, end)) + part.slice(end);
            }
            const xml = parts.join('');
            const fast = scanned(xml, true);
            const general = scanned(xml, false);
            if (general instanceof Error || fast instanceof Error) {
              expect(errorOf(fast)).toStrictEqual(errorOf(general));
              return;
            }
            expect(fast.bodyChildren.map(({ values: _, ...where }) => where)).toStrictEqual(
              general.bodyChildren,
            );
            expect({ ...fast, bodyChildren: [] }).toStrictEqual({ ...general, bodyChildren: [] });
            for (const child of fast.bodyChildren) {
              if (child.values === undefined) continue;
              const table = RECORD_ELEMENT_COLUMNS.get(child.name);
              if (table === undefined) throw new Error(`no columns for ${child.name}`);
              const read = readRecordXml(xml, child.contentStart, child.contentEnd, table.columns);
              expect(read.problems).toStrictEqual([]);
              const byColumn = (values: readonly (string | undefined)[]) =>
                table.names.map((_, index) => values[index]);
              expect(byColumn(child.values)).toStrictEqual(byColumn(read.values));
            }
          },
        ),
        { numRuns: 150 },
      );
    },
  );
});
