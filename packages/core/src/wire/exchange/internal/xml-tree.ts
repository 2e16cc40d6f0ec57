import type { XmlNode, XmlObject } from './exchange-xml-parser.js';

/** Receives a structural problem: the element concerned and what is wrong. */
export type ProblemSink = (field: string, message: string) => void;

const TEXT = '#text';

/**
 * The child elements of an element the schema gives element content. Text between the children must be
 * whitespace; an element with no children parses as a string and has none.
 */
export function childElements(node: XmlNode, name: string, problem: ProblemSink): XmlObject {
  if (typeof node === 'string') {
    if (node.trim() !== '') problem(name, 'holds text where the schema has elements');
    return {};
  }
  if (Array.isArray(node)) {
    problem(name, 'appears more than once');
    return {};
  }
  const text = node[TEXT];
  if (text !== undefined && (typeof text !== 'string' || text.trim() !== '')) {
    problem(name, 'holds text between its elements');
  }
  return node;
}

/**
 * The text of the leaf children of `parent` that are in `leaves`; children in `containers` are left to
 * the caller, any other child is a problem, as is a repeated leaf or a leaf that holds elements.
 */
export function readLeaves(
  parent: XmlObject,
  leaves: ReadonlySet<string>,
  containers: ReadonlySet<string>,
  problem: ProblemSink,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (name === TEXT || containers.has(name)) continue;
    if (!leaves.has(name)) problem(name, 'is not an element of the schema here');
    else if (typeof value === 'string') out[name] = value;
    else if (Array.isArray(value)) problem(name, 'appears more than once');
    else problem(name, 'holds elements; the schema has text here');
  }
  return out;
}

/** The elements named `name` under `parent`, as a list (the parser makes the schema's lists arrays). */
export function listOf(parent: XmlObject, name: string): XmlNode[] {
  const value = parent[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A count or index as the schema writes it (`xs:nonNegativeInteger`), or the text unchanged. */
export function readInteger(text: string | undefined): number | string | undefined {
  if (text === undefined || !/^\+?[0-9]{1,15}$/.test(text)) return text;
  return Number.parseInt(text, 10);
}
