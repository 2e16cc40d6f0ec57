import { decodeWireValue } from '../../internal/decode-wire-value.js';
import { setPath } from '../../internal/field-path.js';
import {
  type ExchangeCreditReport,
  exchangeCreditReportSchema,
  REPORT_SECTIONS,
  REPORT_WIRE_FIELDS,
} from '../exchange-credit-report.js';
import type { DecodedRecord } from '../exchange-message.js';
import { collectIssues, type FieldAt, fieldAtIn } from './collect-issues.js';
import { readRecordRange, recordFieldAt, recordInput } from './decode-record.js';
import type { XmlNode } from './exchange-xml-parser.js';
import type { XmlProblem } from './read-record-xml.js';
import { childElements, listOf, readLeaves } from './xml-tree.js';

const COLUMNS: ReadonlySet<string> = new Set(REPORT_WIRE_FIELDS.map((field) => field.wire));
const SECTION_ELEMENTS: ReadonlySet<string> = new Set(REPORT_SECTIONS.map((section) => section.wire));
const REPORT_FIELD_AT = fieldAtIn(REPORT_WIRE_FIELDS);

const fieldAt: FieldAt = (path) => {
  const section = REPORT_SECTIONS.find(({ key }) => key === path[0]);
  return section === undefined ? REPORT_FIELD_AT(path) : recordFieldAt(section.recordType)(path.slice(2));
};

/**
 * Decodes one `CreditReport`: its `XYBG_*` columns through the wire codecs, each section's records as
 * `decodeRecord` reads them, then {@link exchangeCreditReportSchema}. Problems stay with this report.
 */
export function decodeCreditReport(node: XmlNode, index: number): DecodedRecord<ExchangeCreditReport> {
  const problems: XmlProblem[] = [];
  const report = childElements(node, 'CreditReport', (field, message) => problems.push({ field, message }));
  const leaves = readLeaves(report, COLUMNS, SECTION_ELEMENTS, (field, message) =>
    problems.push({ field, message }),
  );
  const input: Record<string, unknown> = {};
  for (const field of REPORT_WIRE_FIELDS) {
    const raw = leaves[field.wire];
    if (raw === undefined) continue;
    if (raw.trim() === '')
      problems.push({ field: field.wire, message: 'is empty; an absent column has no element' });
    else setPath(input, field.field, decodeWireValue(field, raw));
  }
  for (const section of REPORT_SECTIONS) {
    const sectionNode = report[section.wire];
    const sink = (field: string, message: string): number =>
      problems.push({ field, message, where: section.wire });
    const children = sectionNode === undefined ? {} : childElements(sectionNode, section.wire, sink);
    if (sectionNode === undefined) problems.push({ field: section.wire, message: 'is missing' });
    for (const name of Object.keys(children)) {
      if (name !== '#text' && name !== section.element) sink(name, `is not allowed in ${section.wire}`);
    }
    input[section.key] = listOf(children, section.element).map((content, position) => {
      // Records are stop nodes of the parser: their content comes as a string.
      const raw = typeof content === 'string' ? content : '';
      const xml = readRecordRange(section.recordType, raw, 0, raw.length);
      const where = `${section.wire}[${position}]`;
      for (const problem of xml.problems) problems.push({ ...problem, where });
      return recordInput(section.recordType, xml);
    });
  }
  const recordId = leaves.XYBG_BGBH ?? '';
  const parsed = exchangeCreditReportSchema.safeParse(input);
  if (parsed.success && problems.length === 0) return { index, recordId, ok: true, value: parsed.data };
  const zodIssues = parsed.success ? [] : parsed.error.issues;
  return { index, recordId, ok: false, issues: collectIssues(input, problems, zodIssues, fieldAt), input };
}
