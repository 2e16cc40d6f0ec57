import { EXCHANGE_NAMESPACE } from '../exchange-namespace.js';
import {
  localName,
  type NamespaceScope,
  readNamespaceDeclarations,
  rootNamespaceScope,
} from './namespace-declarations.js';
import { referenceError, scanError } from './scan-error.js';
import { type FlatRecordColumns, scanFlatRecord } from './scan-flat-record.js';
import { describeCharAt, findInvalidDecodedChar } from './xml-chars.js';
import { checkXmlReferences } from './xml-references.js';

/** Where the Body element is, counted in `<` characters (the same in the text and in its bytes). */
export interface XmlScan {
  /** Ordinal, from 0, of the `<` that opens the first `Body` start tag. */
  bodyStartLt: number;
  /** Ordinal of the `<` of that element's end tag. */
  bodyEndLt: number;
  /** Length of the end tag, `<` through `>` (ASCII). */
  bodyEndTagLength: number;
  /** How many `<` the document has. */
  ltCount: number;
  /** The elements directly in that Body, in document order. */
  bodyChildren: BodyChild[];
}

/** An element directly in Body: its local name and where it and its content are in the text. */
export interface BodyChild {
  name: string;
  /** Index of the `<` of its start tag. */
  start: number;
  /** Index just after its start tag: where its content starts. */
  contentStart: number;
  /** Index of the `<` of its end tag (for an empty-element tag, `contentStart`). */
  contentEnd: number;
  /** Index just after its end tag. */
  end: number;
  /** Its column values, when it is a record the scan read in place (see `scanFlatRecord`). */
  values?: (string | undefined)[];
}

// The schema nests six deep (Message/Body/CreditReport/XYBG_XZCF/PenaltyRecord/CF_SY).
const MAX_DEPTH = 16;
const NAME = /^[^\s\d.\-<>&"'=/:!?][^\s<>&"'=/:!?]*(?::[^\s\d.\-<>&"'=/:!?][^\s<>&"'=/:!?]*)?$/;

/**
 * Checks a whole message before any parser sees it, in one pass over the markup: no DOCTYPE or other
 * markup declaration (`E_XML_DOCTYPE`); well-formed (tags nest and match, nothing after the root, no
 * truncation: `E_XML_MALFORMED`); references only to the five predefined entities or to XML characters;
 * no character XML 1.0 forbids (`E_XML_CHAR`, naming the element); every element in the exchange
 * namespace (`E_XML_NAMESPACE`); no attributes but namespace declarations, root `Message`, a `Body`
 * (`E_XML_SCHEMA`). Body children named in `records` are read as they are checked when they have the
 * plain shape senders write (their `values`); the caller reads the others from their ranges.
 */
export function scanXmlDocument(
  text: string,
  records: ReadonlyMap<string, FlatRecordColumns> = new Map(),
): XmlScan {
  const bad = findInvalidDecodedChar(text);
  const stack: string[] = [];
  const scopes: NamespaceScope[] = [];
  let scope = rootNamespaceScope();
  let nextAmp = -1;
  let rootSeen = false;
  let lt = 0;
  const body = { startLt: -1, endLt: -1, endTagLength: 0, qname: '' };
  const bodyChildren: BodyChild[] = [];
  // Depth of the Body's children while inside the first Body; -1 elsewhere.
  let childDepth = -1;

  const current = (): string => localName(stack[stack.length - 1] ?? '(prolog)');
  const checkChars = (start: number, end: number, qname?: string): void => {
    if (bad >= start && bad < end) {
      const element = qname === undefined ? current() : localName(qname);
      const char = describeCharAt(text, bad);
      throw scanError('E_XML_CHAR', `<${element}>: character ${char} cannot be carried by XML 1.0`, { char });
    }
  };
  const checkText = (start: number, end: number): void => {
    checkChars(start, end);
    if (stack.length === 0 || stack.length === childDepth) {
      if (isBlank(text, start, end)) return;
      if (stack.length === 0) throw scanError('E_XML_MALFORMED', 'text outside the root element');
      throw scanError('E_XML_SCHEMA', 'Body holds text between its elements', { field: 'Body' });
    }
    // The cursor only moves forward, so looking for '&' costs one pass over the document in all.
    if (nextAmp < start) nextAmp = indexOrEnd(text, '&', start);
    if (nextAmp >= end) return;
    const problem = checkXmlReferences(text, nextAmp, end);
    if (problem !== undefined) throw referenceError(problem, current());
    nextAmp = indexOrEnd(text, '&', end);
  };
  const skipMarkup = (at: number, open: string, close: string): number => {
    const end = text.indexOf(close, at + open.length);
    if (end === -1) throw scanError('E_XML_MALFORMED', `${open}… is not closed (truncated?)`);
    checkChars(at, end + close.length);
    return end + close.length;
  };

  for (let i = 0; ; ) {
    const next = text.indexOf('<', i);
    if ((next === -1 ? text.length : next) > i) checkText(i, next === -1 ? text.length : next);
    if (next === -1) break;
    const ordinal = lt++;
    const c1 = text.charCodeAt(next + 1);
    if (c1 === 0x21 /* ! */) {
      if (text.startsWith('<!--', next)) i = skipMarkup(next, '<!--', '-->');
      else if (text.startsWith('<![CDATA[', next) && stack.length > 0) {
        if (stack.length === childDepth)
          throw scanError('E_XML_SCHEMA', 'Body holds text between its elements');
        i = skipMarkup(next, '<![CDATA[', ']]>');
      } else if (/^<!doctype/i.test(text.slice(next, next + 9))) {
        throw scanError('E_XML_DOCTYPE', 'a document type declaration is not allowed (exchange-envelope.md)');
      } else throw scanError('E_XML_MALFORMED', `unexpected markup '${text.slice(next, next + 9)}'`);
    } else if (c1 === 0x3f /* ? */) {
      if (/^<\?xml[\s?]/i.test(text.slice(next, next + 6)) && next !== 0) {
        throw scanError('E_XML_MALFORMED', 'an XML declaration must come first');
      }
      i = skipMarkup(next, '<?', '?>');
    } else if (c1 === 0x2f /* / */) {
      const open = stack.pop();
      let close = open === undefined ? -1 : next + 2 + open.length;
      // Nearly every end tag is exactly `</name>`: compare in place, without slicing.
      if (open === undefined || text.charCodeAt(close) !== 0x3e || !text.startsWith(open, next + 2)) {
        close = text.indexOf('>', next + 2);
        if (close === -1)
          throw scanError('E_XML_MALFORMED', 'the document ends inside an end tag (truncated?)');
        const qname = text.slice(next + 2, close).trimEnd();
        if (open !== qname) {
          throw scanError('E_XML_MALFORMED', `end tag </${qname}> does not match <${open ?? '(none)'}>`);
        }
      }
      checkChars(next, close + 1);
      if (stack.length === childDepth) {
        const child = bodyChildren[bodyChildren.length - 1];
        if (child !== undefined) {
          child.contentEnd = next;
          child.end = close + 1;
        }
      } else if (stack.length === 1 && body.endLt < 0 && open === body.qname) {
        body.endLt = ordinal;
        body.endTagLength = close + 1 - next;
        childDepth = -1;
      }
      scope = scopes.pop() ?? scope;
      i = close + 1;
    } else {
      if (rootSeen && stack.length === 0)
        throw scanError('E_XML_MALFORMED', 'content after the root element');
      const simple = simpleTagEnd(text, next + 1);
      const close = simple > 0 ? simple : findTagEnd(text, next + 1);
      if (close < 0) throw scanError('E_XML_MALFORMED', 'the document ends inside a start tag (truncated?)');
      const selfClosing = text.charCodeAt(close - 1) === 0x2f;
      const inner = selfClosing ? close - 1 : close;
      // A simple tag is all name; otherwise the name ends at the first space.
      let nameEnd = simple > 0 ? inner : next + 1;
      while (nameEnd < inner && !isSpace(text.charCodeAt(nameEnd))) nameEnd += 1;
      const qname = text.slice(next + 1, nameEnd);
      checkChars(next, close + 1, qname);
      if (simple < 0 && !NAME.test(qname))
        throw scanError('E_XML_MALFORMED', `'<${qname}' is not an element name`);
      const own = nameEnd < inner ? readNamespaceDeclarations(text, nameEnd, inner, qname, scope) : scope;
      const colon = qname.indexOf(':');
      const namespace = own[colon === -1 ? '' : qname.slice(0, colon)];
      if (namespace !== EXCHANGE_NAMESPACE) {
        throw scanError(
          'E_XML_NAMESPACE',
          `<${qname}> is in ${namespace ? `namespace '${namespace}'` : 'no namespace'}, not ${EXCHANGE_NAMESPACE}`,
          { element: qname, namespace: namespace ?? null },
        );
      }
      if (stack.length >= MAX_DEPTH)
        throw scanError('E_XML_SCHEMA', `elements nest deeper than ${MAX_DEPTH} levels`);
      if (stack.length === 0) {
        rootSeen = true;
        if (localName(qname) !== 'Message')
          throw scanError('E_XML_SCHEMA', `the root element is <${qname}>, not Message`);
      } else if (stack.length === 1 && body.startLt < 0 && localName(qname) === 'Body') {
        if (selfClosing) throw scanError('E_XML_SCHEMA', 'Body is empty');
        body.startLt = ordinal;
        body.qname = qname;
        childDepth = 2;
      } else if (stack.length === childDepth) {
        const end = close + 1;
        const child: BodyChild = {
          name: localName(qname),
          start: next,
          contentStart: end,
          contentEnd: end,
          end,
        };
        bodyChildren.push(child);
        const table = selfClosing ? undefined : records.get(child.name);
        // Its unprefixed columns are in the default namespace of the record's scope.
        const flat =
          table === undefined || own[''] !== EXCHANGE_NAMESPACE
            ? undefined
            : scanFlatRecord(text, end, qname, table, bad, nextAmp);
        if (flat !== undefined) {
          child.contentEnd = flat.contentEnd;
          child.end = flat.end;
          child.values = flat.values;
          lt += flat.ltCount;
          nextAmp = flat.nextAmp;
          i = flat.end;
          continue;
        }
      }
      if (!selfClosing) {
        stack.push(qname);
        scopes.push(scope);
        scope = own;
      }
      i = close + 1;
    }
  }
  if (stack.length > 0) {
    throw scanError('E_XML_MALFORMED', `the document ends inside <${stack[stack.length - 1]}> (truncated?)`);
  }
  if (!rootSeen) throw scanError('E_XML_MALFORMED', 'no root element');
  if (body.startLt < 0 || body.endLt < 0) throw scanError('E_XML_SCHEMA', 'Message has no Body');
  return {
    bodyStartLt: body.startLt,
    bodyEndLt: body.endLt,
    bodyEndTagLength: body.endTagLength,
    bodyChildren,
    ltCount: lt,
  };
}

/**
 * The index of `>` when the tag at `from` is `name>` or `name/>` with an ASCII name and at most one
 * colon (every tag the codec writes); -1 otherwise, for the general path.
 */
function simpleTagEnd(text: string, from: number): number {
  let at = from;
  let colon = false;
  if (!isNameStart(text.charCodeAt(at))) return -1;
  for (at += 1; ; at += 1) {
    const code = text.charCodeAt(at);
    if (isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e) continue;
    if (code === 0x3a && !colon && isNameStart(text.charCodeAt(at + 1))) {
      colon = true;
      continue;
    }
    if (code === 0x3e) return at;
    return code === 0x2f && text.charCodeAt(at + 1) === 0x3e ? at + 1 : -1;
  }
}

function isNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function findTagEnd(text: string, from: number): number {
  for (let j = from; j < text.length; j += 1) {
    const c = text.charCodeAt(j);
    if (c === 0x3e) return j;
    if (c === 0x3c) return -1;
    if (c === 0x22 || c === 0x27) {
      j = text.indexOf(c === 0x22 ? '"' : "'", j + 1);
      if (j === -1) return -1;
    }
  }
  return -1;
}

function indexOrEnd(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index === -1 ? text.length : index;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (!isSpace(text.charCodeAt(at))) return false;
  return true;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
