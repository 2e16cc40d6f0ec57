import type { ExchangeReceipt, ExchangeReceiptError } from '../exchange-receipt.js';
import type { TextWriter } from './text-writer.js';

/** Writes the `Receipt` at four spaces, elements in the schema's order; empty lists are left out. */
export function writeReceiptXml(receipt: ExchangeReceipt, write: TextWriter): string {
  let xml = '    <Receipt>\n';
  xml += leaf('      ', 'status', receipt.status, write);
  xml += leaf('      ', 'receivedTime', receipt.receivedTime, write);
  xml += leaf('      ', 'acceptedCount', String(receipt.acceptedCount), write);
  xml += leaf('      ', 'duplicateCount', String(receipt.duplicateCount), write);
  xml += leaf('      ', 'rejectedCount', String(receipt.rejectedCount), write);
  if (receipt.errors !== undefined) xml += writeErrors('      ', receipt.errors, write);
  if (receipt.results !== undefined) {
    xml += '      <Results>\n';
    for (const result of receipt.results) {
      xml += '        <Result>\n';
      xml += leaf('          ', 'index', String(result.index), write);
      xml += leaf('          ', 'recordId', result.recordId, write);
      xml += leaf('          ', 'status', result.status, write);
      if (result.errors !== undefined) xml += writeErrors('          ', result.errors, write);
      xml += '        </Result>\n';
    }
    xml += '      </Results>\n';
  }
  return `${xml}    </Receipt>\n`;
}

function writeErrors(indent: string, errors: readonly ExchangeReceiptError[], write: TextWriter): string {
  let xml = `${indent}<Errors>\n`;
  for (const error of errors) {
    xml += `${indent}  <Error>\n`;
    xml += leaf(`${indent}    `, 'code', error.code, write);
    if (error.field !== undefined) xml += leaf(`${indent}    `, 'field', error.field, write);
    xml += leaf(`${indent}    `, 'message', error.message, write);
    xml += `${indent}  </Error>\n`;
  }
  return `${xml}${indent}</Errors>\n`;
}

function leaf(indent: string, name: string, value: string, write: TextWriter): string {
  return `${indent}<${name}>${write(value, name)}</${name}>\n`;
}
