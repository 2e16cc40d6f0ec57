import { EXCHANGE_HEADER_ELEMENTS, type ExchangeHeader, exchangeHeaderSchema } from '../exchange-header.js';
import { EXCHANGE_MESSAGE_TYPES } from '../exchange-message-type.js';
import { EXCHANGE_LIMITS, EXCHANGE_SCHEMA_VERSION } from '../exchange-namespace.js';
import { exchangeError } from './exchange-error.js';
import type { XmlObject } from './exchange-xml-parser.js';
import { childElements, type ProblemSink, readInteger, readLeaves } from './xml-tree.js';

const ELEMENTS: ReadonlySet<string> = new Set(EXCHANGE_HEADER_ELEMENTS);
const NONE: ReadonlySet<string> = new Set();
const MESSAGE_ELEMENTS: ReadonlySet<string> = new Set(['Header', 'Body']);

const schemaProblem: ProblemSink = (field, message) => {
  throw fail('E_XML_SCHEMA', `<${field}> ${message}`, { field });
};

/**
 * Reads `Message/Header` and checks it against the schema: `E_XML_SCHEMA` naming the element,
 * `E_SCHEMA_VERSION` for a version other than 1.0, `E_MESSAGE_TYPE` for an unknown type and
 * `E_BATCH_TOO_LARGE` for a `recordCount` above 500.
 */
export function readHeader(message: XmlObject): ExchangeHeader {
  readLeaves(message, NONE, MESSAGE_ELEMENTS, schemaProblem);
  const node = message.Header;
  if (node === undefined) throw fail('E_XML_SCHEMA', 'Message has no Header', { field: 'Header' });
  const leaves = readLeaves(childElements(node, 'Header', schemaProblem), ELEMENTS, NONE, schemaProblem);
  const { schemaVersion, messageType } = leaves;
  if (schemaVersion !== undefined && schemaVersion !== EXCHANGE_SCHEMA_VERSION) {
    throw fail('E_SCHEMA_VERSION', `schemaVersion '${schemaVersion}' is not ${EXCHANGE_SCHEMA_VERSION}`, {
      field: 'schemaVersion',
    });
  }
  if (messageType !== undefined && !(EXCHANGE_MESSAGE_TYPES as readonly string[]).includes(messageType)) {
    throw fail('E_MESSAGE_TYPE', `messageType '${messageType}' is not one of the schema's`, {
      field: 'messageType',
    });
  }
  const recordCount = readInteger(leaves.recordCount);
  if (typeof recordCount === 'number' && recordCount > EXCHANGE_LIMITS.maxRecords) {
    throw fail('E_BATCH_TOO_LARGE', `recordCount ${recordCount} is above ${EXCHANGE_LIMITS.maxRecords}`, {
      field: 'recordCount',
    });
  }
  const parsed = exchangeHeaderSchema.safeParse({ ...leaves, recordCount });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'Header');
    const missing = leaves[field] === undefined;
    throw fail('E_XML_SCHEMA', `Header/${field} ${missing ? 'is missing' : issue?.message}`, { field });
  }
  return parsed.data;
}

function fail(
  code: 'E_XML_SCHEMA' | 'E_SCHEMA_VERSION' | 'E_MESSAGE_TYPE' | 'E_BATCH_TOO_LARGE',
  message: string,
  details: Record<string, unknown>,
): Error {
  return exchangeError('decodeExchangeMessage', code, message, details);
}
