import { type EntityDecoderOptions, type X2jOptions, XMLParser } from 'fast-xml-parser';
import { decodeXmlReferences } from './xml-references.js';

/** The record elements, read by `readRecordXml` rather than walked by the parser. */
export const RECORD_ELEMENTS = ['PenaltyRecord', 'LicenseRecord', 'BlacklistRecord', 'RepairRecord'] as const;

// The schema's repeated elements: always arrays, so one element and many parse to the same shape.
const LIST_ELEMENTS: ReadonlySet<string> = new Set([...RECORD_ELEMENTS, 'CreditReport', 'Result', 'Error']);

// XML 1.0 §4.6: the five predefined entities and character references, nothing else. fast-xml-parser 5
// expands numeric references only together with its HTML entities (`htmlEntities`), so it gets the
// toolkit's decoder; an entity declared in a DTD cannot arrive, the scan refuses every DOCTYPE first.
const xmlEntityDecoder: EntityDecoderOptions = {
  setExternalEntities: () => undefined,
  addInputEntities: () => {
    throw new Error('entity declarations are not allowed');
  },
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: decodeXmlReferences,
};

/**
 * fast-xml-parser 5 options for a message that `scanXmlDocument` has accepted: every leaf stays a
 * string (no number or boolean guessing: an 18-digit id or a leading zero survives), leading and
 * trailing spaces are data, no entity beyond the five predefined ones, the schema's lists always
 * arrays. Attributes (only namespace declarations get past the scan) and prefixes (all resolved to
 * the exchange namespace by the scan) are dropped.
 */
export const SAFE_PARSER_OPTIONS: X2jOptions = {
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: { enabled: true, maxEntityCount: 1, maxEntitySize: 1, maxExpansionDepth: 1 },
  htmlEntities: false,
  entityDecoder: xmlEntityDecoder,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 16,
  jPath: false,
  isArray: (name) => LIST_ELEMENTS.has(name),
};

// Records are flat lists of leaves, nearly all of a message's bytes; the parser hands their content
// over unparsed (stop nodes) and `readRecordXml` reads it several times faster (bench/exchange-codec).
const parser = new XMLParser({
  ...SAFE_PARSER_OPTIONS,
  stopNodes: RECORD_ELEMENTS.map((element) => `..${element}`),
});

/** A node of the parser's output: text, an element's children by local name, or a list of either. */
export type XmlNode = string | XmlObject | XmlNode[];
/** An element with children, by local name; `#text` holds text between them. */
export interface XmlObject {
  [name: string]: XmlNode;
}

/** Parses a scanned message into nested objects; record elements stay raw content strings. */
export function parseExchangeXml(text: string): XmlObject {
  return parser.parse(text) as XmlObject;
}
