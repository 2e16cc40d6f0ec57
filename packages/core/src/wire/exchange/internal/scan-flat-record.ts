import { checkXmlReferences, decodeXmlReferences } from './xml-references.js';

/** The columns of a record element: wire names in table order, and wire name → position. */
export interface FlatRecordColumns {
  readonly names: readonly string[];
  readonly columns: ReadonlyMap<string, number>;
}

/** A record element read in place by {@link scanFlatRecord}. */
export interface FlatRecord {
  /** Column values by position in the wire table, references decoded. */
  values: (string | undefined)[];
  /** Index of the `<` of the record's end tag. */
  contentEnd: number;
  /** Index just after that end tag. */
  end: number;
  /** How many `<` the record's content and end tag hold. */
  ltCount: number;
  /** Index of an `&` at or after the end, or the text's length: the `nextAmp` to go on with. */
  nextAmp: number;
}

/**
 * Checks and reads, in one pass, the content of a record element whose start tag ends just before
 * `from`, when it has the shape every sender writes: whitespace and unprefixed column elements, each
 * holding non-blank text (the five predefined entities and character references allowed), then the end
 * tag `</qname>`. Returns undefined for anything else (a comment, CDATA, a prefix or attribute, an
 * unknown, repeated, empty or nested column, a bad reference, a character XML cannot carry at `bad`):
 * the general scan then reads the record and reports it exactly as before. Column names are looked for
 * in table order first, the order the codec writes them, so a record costs no name strings. `nextAmp`
 * is the scan's cursor: an index of `&` (or the text's length) that no `&` after `from` precedes, or less
 * than `from`.
 */
export function scanFlatRecord(
  text: string,
  from: number,
  qname: string,
  table: FlatRecordColumns,
  bad: number,
  nextAmp: number,
): FlatRecord | undefined {
  const { names, columns } = table;
  const values = new Array<string | undefined>(names.length);
  let guess = 0;
  let ltCount = 0;
  let amp = nextAmp;
  for (let at = from; ; ) {
    let code = text.charCodeAt(at);
    while (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d) code = text.charCodeAt(++at);
    if (code !== 0x3c) return undefined;
    const nameStart = at + 1;
    if (text.charCodeAt(nameStart) === 0x2f) {
      const gt = nameStart + 1 + qname.length;
      if (!text.startsWith(qname, nameStart + 1) || text.charCodeAt(gt) !== 0x3e) return undefined;
      if (bad >= from && bad <= gt) return undefined;
      return { values, contentEnd: at, end: gt + 1, ltCount: ltCount + 1, nextAmp: amp };
    }
    let column = -1;
    for (let candidate = guess; candidate < names.length; candidate += 1) {
      const name = names[candidate] as string;
      if (text.charCodeAt(nameStart + name.length) === 0x3e && text.startsWith(name, nameStart)) {
        column = candidate;
        break;
      }
    }
    if (column === -1) column = lookUpColumn(text, nameStart, columns);
    if (column === -1 || values[column] !== undefined) return undefined;
    guess = column + 1;
    const name = names[column] as string;
    const valueStart = nameStart + name.length + 1;
    const lt = text.indexOf('<', valueStart);
    const gt = lt + 2 + name.length;
    if (
      lt <= valueStart ||
      text.charCodeAt(lt + 1) !== 0x2f ||
      text.charCodeAt(gt) !== 0x3e ||
      !text.startsWith(name, lt + 2)
    ) {
      return undefined;
    }
    // The cursor only moves forward: looking for '&' costs one pass over the document in all.
    if (amp < valueStart) amp = indexOrEnd(text, '&', valueStart);
    let value: string;
    if (amp < lt) {
      if (checkXmlReferences(text, amp, lt) !== undefined) return undefined;
      value = decodeXmlReferences(text.slice(valueStart, lt));
    } else value = text.slice(valueStart, lt);
    if (isSpace(value.charCodeAt(0)) && isBlank(value)) return undefined;
    values[column] = value;
    ltCount += 2;
    at = gt + 1;
  }
}

/** The position of a column named by a plain ASCII name followed by `>`, or -1. */
function lookUpColumn(text: string, nameStart: number, columns: ReadonlyMap<string, number>): number {
  const gt = text.indexOf('>', nameStart);
  if (gt <= nameStart) return -1;
  for (let at = nameStart; at < gt; at += 1) if (!isNameChar(text.charCodeAt(at))) return -1;
  return columns.get(text.slice(nameStart, gt)) ?? -1;
}

function isNameChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f ||
    code === 0x2d ||
    code === 0x2e
  );
}

function indexOrEnd(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index === -1 ? text.length : index;
}

function isBlank(value: string): boolean {
  for (let at = 0; at < value.length; at += 1) if (!isSpace(value.charCodeAt(at))) return false;
  return true;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
