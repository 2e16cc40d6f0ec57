import { isXmlCodePoint } from './xml-chars.js';

// XML 1.0 §4.6: without a DTD only these five entities exist; §4.1: character references.
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/y;
const ALL_REFERENCES = /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/g;

/** Why a reference in text is not acceptable. */
export type ReferenceProblem =
  | { kind: 'entity'; index: number; text: string }
  | { kind: 'char'; index: number; codePoint: number };

/**
 * Checks every `&` in `text[start, end)`: each must begin one of the five predefined entity references
 * or a character reference naming an XML `Char`. Returns the first problem, or undefined.
 */
export function checkXmlReferences(text: string, start: number, end: number): ReferenceProblem | undefined {
  let amp = text.indexOf('&', start);
  while (amp !== -1 && amp < end) {
    REFERENCE.lastIndex = amp;
    const match = REFERENCE.exec(text);
    if (match === null || REFERENCE.lastIndex > end) {
      return { kind: 'entity', index: amp, text: text.slice(amp, Math.min(end, amp + 12)) };
    }
    const codePoint = codePointOf(match);
    if (codePoint !== undefined && !isXmlCodePoint(codePoint)) return { kind: 'char', index: amp, codePoint };
    amp = text.indexOf('&', REFERENCE.lastIndex);
  }
  return undefined;
}

/**
 * Replaces the references of text already checked by {@link checkXmlReferences}: the five predefined
 * entities and character references. Nothing else is expanded, ever.
 */
export function decodeXmlReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ALL_REFERENCES, (...groups: unknown[]) => {
    const named = groups[1];
    if (typeof named === 'string') return PREDEFINED[named] ?? '';
    const codePoint = codePointOf(groups as RegExpExecArray);
    return codePoint !== undefined && isXmlCodePoint(codePoint) ? String.fromCodePoint(codePoint) : '';
  });
}

function codePointOf(match: ArrayLike<unknown>): number | undefined {
  const decimal = match[2];
  if (typeof decimal === 'string') return Number.parseInt(decimal, 10);
  const hex = match[3];
  return typeof hex === 'string' ? Number.parseInt(hex, 16) : undefined;
}
