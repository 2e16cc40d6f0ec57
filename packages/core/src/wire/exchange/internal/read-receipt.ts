import { type ExchangeReceipt, exchangeReceiptSchema } from '../exchange-receipt.js';
import { exchangeError } from './exchange-error.js';
import type { XmlNode, XmlObject } from './exchange-xml-parser.js';
import { childElements, listOf, type ProblemSink, readInteger, readLeaves } from './xml-tree.js';

const RECEIPT_LEAVES: ReadonlySet<string> = new Set([
  'status',
  'receivedTime',
  'acceptedCount',
  'duplicateCount',
  'rejectedCount',
]);
const RECEIPT_LISTS: ReadonlySet<string> = new Set(['Errors', 'Results']);
const RESULT_LEAVES: ReadonlySet<string> = new Set(['index', 'recordId', 'status']);
const ERRORS: ReadonlySet<string> = new Set(['Errors']);
const ERROR_LEAVES: ReadonlySet<string> = new Set(['code', 'field', 'message']);
const NONE: ReadonlySet<string> = new Set();

const problem: ProblemSink = (field, message) => {
  throw exchangeError('decodeExchangeMessage', 'E_XML_SCHEMA', `Receipt: <${field}> ${message}`, { field });
};

/** Reads `Body/Receipt` and checks it against the schema (`E_XML_SCHEMA`, naming the element). */
export function readReceipt(node: XmlNode): ExchangeReceipt {
  const receipt = childElements(node, 'Receipt', problem);
  const leaves = readLeaves(receipt, RECEIPT_LEAVES, RECEIPT_LISTS, problem);
  const input: Record<string, unknown> = {
    ...leaves,
    acceptedCount: readInteger(leaves.acceptedCount),
    duplicateCount: readInteger(leaves.duplicateCount),
    rejectedCount: readInteger(leaves.rejectedCount),
  };
  const errors = readList(receipt, 'Errors', 'Error', readError);
  if (errors !== undefined) input.errors = errors;
  const results = readList(receipt, 'Results', 'Result', (result) => {
    const children = childElements(result, 'Result', problem);
    const out: Record<string, unknown> = readLeaves(children, RESULT_LEAVES, ERRORS, problem);
    out.index = readInteger(out.index as string | undefined);
    const resultErrors = readList(children, 'Errors', 'Error', readError);
    if (resultErrors !== undefined) out.errors = resultErrors;
    return out;
  });
  if (results !== undefined) input.results = results;
  const parsed = exchangeReceiptSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw exchangeError('decodeExchangeMessage', 'E_XML_SCHEMA', `Receipt/${path}: ${issue?.message}`, {
      field: path,
    });
  }
  return parsed.data;
}

function readError(node: XmlNode): Record<string, string> {
  return readLeaves(childElements(node, 'Error', problem), ERROR_LEAVES, NONE, problem);
}

function readList<T>(
  parent: XmlObject,
  listName: string,
  itemName: string,
  read: (node: XmlNode) => T,
): T[] | undefined {
  const node = parent[listName];
  if (node === undefined) return undefined;
  const children = childElements(node, listName, problem);
  readLeaves(children, NONE, new Set([itemName]), problem);
  return listOf(children, itemName).map(read);
}
