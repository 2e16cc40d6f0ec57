import type { RecordOf } from '../../../model/record-schemas.js';
import type { RecordType } from '../../../model/record-type.js';
import { encodeWireValue } from '../../internal/encode-wire-value.js';
import { getPath } from '../../internal/field-path.js';
import { type ExchangeCreditReport, REPORT_SECTIONS, REPORT_WIRE_FIELDS } from '../exchange-credit-report.js';
import { type TextWriter, writeNonBlank } from './text-writer.js';
import { writeRecordXml } from './write-record-xml.js';

/** Writes one `CreditReport` at four spaces: its `XYBG_*` columns in schema order, then the four sections. */
export function writeCreditReportXml(report: ExchangeCreditReport, index: number, write: TextWriter): string {
  let xml = '    <CreditReport>\n';
  for (const field of REPORT_WIRE_FIELDS) {
    const value = getPath(report, field.field);
    if (value === undefined) continue;
    xml += `      <${field.wire}>${writeNonBlank(write, encodeWireValue(field, value), field.wire, index)}</${field.wire}>\n`;
  }
  for (const section of REPORT_SECTIONS) {
    const records = report[section.key] as readonly RecordOf<RecordType>[];
    if (records.length === 0) {
      xml += `      <${section.wire}/>\n`;
      continue;
    }
    xml += `      <${section.wire}>\n`;
    for (const record of records) {
      xml += writeRecordXml(section.recordType, section.element, record, index, '        ', write);
    }
    xml += `      </${section.wire}>\n`;
  }
  return `${xml}    </CreditReport>\n`;
}
