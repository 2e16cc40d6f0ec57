import { referenceError, scanError } from './scan-error.js';
import { checkXmlReferences, decodeXmlReferences } from './xml-references.js';

/** Prefix → namespace name in force at an element (`''`: the default namespace). */
export type NamespaceScope = Record<string, string>;

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const ATTRIBUTE = /([^\s=/>]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"<]*)"|'([^'<]*)')/y;

/** The scope outside the root element: only the `xml` prefix is bound. */
export function rootNamespaceScope(): NamespaceScope {
  return Object.assign(Object.create(null) as NamespaceScope, { xml: XML_NAMESPACE });
}

/**
 * The namespace scope of a start tag whose attributes are `text[from, to)`, inside `parent`: any
 * attribute but a namespace declaration is refused (`E_XML_SCHEMA`), as are a repeated or invalid
 * declaration (Namespaces in XML 1.0 §3) and malformed attribute syntax.
 */
export function readNamespaceDeclarations(
  text: string,
  from: number,
  to: number,
  qname: string,
  parent: NamespaceScope,
): NamespaceScope {
  const own = Object.create(parent) as NamespaceScope;
  for (let at = from; ; ) {
    while (at < to && isSpace(text.charCodeAt(at))) at += 1;
    if (at >= to) return own;
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(text);
    if (match === null || ATTRIBUTE.lastIndex > to)
      throw scanError('E_XML_MALFORMED', `<${qname}>: attribute syntax`);
    at = ATTRIBUTE.lastIndex;
    const name = match[1] ?? '';
    const raw = match[2] ?? match[3] ?? '';
    const problem = checkXmlReferences(raw, 0, raw.length);
    if (problem !== undefined) throw referenceError(problem, localName(qname));
    const value = decodeXmlReferences(raw);
    const prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : undefined;
    if (prefix === undefined) {
      throw scanError(
        'E_XML_SCHEMA',
        `<${qname}> has the attribute '${name}'; the envelope has no attributes`,
      );
    }
    if (Object.hasOwn(own, prefix)) throw scanError('E_XML_MALFORMED', `<${qname}> declares '${name}' twice`);
    // Namespaces in XML 1.0 §3: a prefix cannot be undeclared, and xml/xmlns are reserved.
    if (
      (prefix !== '' && value === '') ||
      prefix === 'xmlns' ||
      (prefix === 'xml') !== (value === XML_NAMESPACE)
    ) {
      throw scanError(
        'E_XML_NAMESPACE',
        `<${qname}>: '${name}="${value}"' is not a valid namespace declaration`,
      );
    }
    own[prefix] = value;
  }
}

/** The name of `qname` without its prefix. */
export function localName(qname: string): string {
  return qname.slice(qname.indexOf(':') + 1);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
