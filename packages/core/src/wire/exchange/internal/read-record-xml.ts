import { decodeXmlReferences } from './xml-references.js';

/** A problem with one element of a record: the element's local name and what is wrong. */
export interface XmlProblem {
  field: string;
  message: string;
  /** Where the element is when not directly in the record, e.g. `XYBG_XZCF[2]`. */
  where?: string;
}

/** A record element read into column values (by position in the wire table), with what broke the schema. */
export interface RecordXml {
  values: (string | undefined)[];
  problems: XmlProblem[];
}

/**
 * Reads the content of a record element (`PenaltyRecord` …), `text[from, to)`, that `scanXmlDocument`
 * has accepted: each child element's text, references decoded, CDATA as is, comments skipped, stored
 * at its column's position in `columns`. A child that is not a column, appears twice, is empty (the
 * contract writes no element for an absent column) or holds elements is a problem of this record only
 * (exchange-envelope.md, "Receipts").
 */
export function readRecordXml(
  text: string,
  from: number,
  to: number,
  columns: ReadonlyMap<string, number>,
): RecordXml {
  const values: (string | undefined)[] = [];
  const problems: XmlProblem[] = [];
  let textOutside = false;
  for (let at = from; ; ) {
    let lt = text.indexOf('<', at);
    if (lt >= to) lt = -1;
    if (!isBlank(text, at, lt === -1 ? to : lt)) textOutside = true;
    if (lt === -1) break;
    const skipped = skipNonElement(text, lt);
    if (skipped !== undefined) {
      if (text.startsWith('<![CDATA[', lt)) textOutside = true;
      at = skipped;
      continue;
    }
    // One pass over the tag: the name (after any prefix) up to a space, `/` or `>`, then the tag's end.
    let nameStart = lt + 1;
    let nameEnd = nameStart;
    let code = text.charCodeAt(nameEnd);
    while (!isNameEnd(code)) {
      nameEnd += 1;
      if (code === 0x3a) nameStart = nameEnd;
      code = text.charCodeAt(nameEnd);
    }
    const tagEnd = code === 0x3e ? nameEnd : findTagEnd(text, nameEnd);
    const name = text.slice(nameStart, nameEnd);
    let value = '';
    if (text.charCodeAt(tagEnd - 1) === 0x2f) {
      at = tagEnd + 1;
    } else {
      const leaf = readLeaf(text, tagEnd + 1);
      if (leaf.nested) problems.push({ field: name, message: 'holds elements; a column holds text' });
      value = leaf.value;
      at = leaf.next;
    }
    const column = columns.get(name);
    if (column === undefined) problems.push({ field: name, message: 'is not a column of this record' });
    else if (values[column] !== undefined) problems.push({ field: name, message: 'appears more than once' });
    else if (isBlank(value, 0, value.length)) {
      problems.push({ field: name, message: 'is empty; an absent column has no element' });
    } else values[column] = value;
  }
  if (textOutside) problems.push({ field: '', message: 'holds text between its columns' });
  return { values, problems };
}

function readLeaf(content: string, from: number): { value: string; next: number; nested: boolean } {
  let value = '';
  let nested = false;
  for (let at = from; ; ) {
    // The scan has seen this element's end tag, so a '<' always follows.
    const lt = content.indexOf('<', at);
    if (lt > at) value += decodeXmlReferences(content.slice(at, lt));
    if (content.charCodeAt(lt + 1) === 0x2f) return { value, next: content.indexOf('>', lt) + 1, nested };
    if (content.charCodeAt(lt + 1) === 0x21 && content.startsWith('<![CDATA[', lt)) {
      const end = content.indexOf(']]>', lt + 9);
      value += content.slice(lt + 9, end);
      at = end + 3;
      continue;
    }
    const skipped = skipNonElement(content, lt);
    if (skipped !== undefined) {
      at = skipped;
      continue;
    }
    nested = true;
    at = skipElement(content, lt);
  }
}

/** Past a whole element starting at `lt`, children included. */
function skipElement(content: string, lt: number): number {
  let depth = 0;
  for (let at = lt; ; at = content.indexOf('<', at)) {
    const skipped = skipNonElement(content, at);
    if (skipped !== undefined) {
      at = skipped;
      continue;
    }
    const end = findTagEnd(content, at + 1);
    if (content.charCodeAt(at + 1) === 0x2f) depth -= 1;
    else if (content.charCodeAt(end - 1) !== 0x2f) depth += 1;
    if (depth === 0) return end + 1;
    at = end + 1;
  }
}

/** Past a comment, processing instruction or CDATA section at `lt`; undefined for a tag. */
function skipNonElement(content: string, lt: number): number | undefined {
  const next = content.charCodeAt(lt + 1);
  if (next !== 0x21 && next !== 0x3f) return undefined;
  if (content.startsWith('<!--', lt)) return content.indexOf('-->', lt + 4) + 3;
  if (content.startsWith('<![CDATA[', lt)) return content.indexOf(']]>', lt + 9) + 3;
  if (content.startsWith('<?', lt)) return content.indexOf('?>', lt + 2) + 2;
  return undefined;
}

function findTagEnd(content: string, from: number): number {
  for (let at = from; ; at += 1) {
    const code = content.charCodeAt(at);
    if (code === 0x3e) return at;
    if (code === 0x22 || code === 0x27) at = content.indexOf(code === 0x22 ? '"' : "'", at + 1);
  }
}

function isNameEnd(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

function isBlank(content: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) {
    const code = content.charCodeAt(at);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
  }
  return true;
}
