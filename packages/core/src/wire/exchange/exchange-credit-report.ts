import { z } from 'zod';
import { blacklistEntrySchema } from '../../model/blacklist-entry.js';
import { creditReportSchema } from '../../model/credit-report.js';
import { usccSchema } from '../../model/field-schemas.js';
import { licenseRecordSchema } from '../../model/license-record.js';
import { penaltyRecordSchema } from '../../model/penalty-record.js';
import type { RecordType } from '../../model/record-type.js';
import { repairRecordSchema } from '../../model/repair-record.js';
import { idTypeSchema, legalPersonSubjectSchema } from '../../model/subject.js';
import type { WireField } from '../wire-field.js';

const name = legalPersonSubjectSchema.shape.name;

/**
 * The subject of a report as the `XYBG_*` columns carry it: the name, the category and the identifier
 * that fits the category (a USCC, or an identity document for a natural person).
 */
export const reportSubjectSchema = z.discriminatedUnion('category', [
  z.strictObject({ category: z.literal('legal_person'), name, uscc: usccSchema }),
  z.strictObject({ category: z.literal('individual_business'), name, uscc: usccSchema }),
  z.strictObject({
    category: z.literal('natural_person'),
    name,
    idType: idTypeSchema,
    idNumber: z.string().regex(/^[0-9A-Z]{1,64}$/, { message: 'must be digits and upper-case letters' }),
  }),
]);

/**
 * A 公共信用信息报告 as an XYBG message carries it (exchange-envelope.md, "Body"): the report's
 * `XYBG_*` columns and its four sections of records. It is the core `CreditReport` without what the
 * columns do not carry (section titles, the basic-info section, the subject's registration codes and
 * legal representative).
 *
 * @example
 * const report: ExchangeCreditReport = exchangeCreditReportSchema.parse(input);
 */
export const exchangeCreditReportSchema = z.strictObject({
  reportNo: creditReportSchema.shape.reportNo,
  subject: reportSubjectSchema,
  purpose: creditReportSchema.shape.purpose,
  generatedAt: creditReportSchema.shape.generatedAt,
  dataWindow: creditReportSchema.shape.dataWindow,
  issuer: creditReportSchema.shape.issuer,
  verificationCode: creditReportSchema.shape.verificationCode,
  penalties: z.array(penaltyRecordSchema),
  licenses: z.array(licenseRecordSchema),
  blacklist: z.array(blacklistEntrySchema),
  repairs: z.array(repairRecordSchema),
});

/** A credit report in an XYBG message. */
export type ExchangeCreditReport = z.infer<typeof exchangeCreditReportSchema>;
/** The subject of an {@link ExchangeCreditReport}. */
export type ReportSubject = z.infer<typeof reportSubjectSchema>;

/** The report's own columns (`XYBG_BGBH` … `XYBG_YZM`), in schema order, as wire field descriptors. */
export const REPORT_WIRE_FIELDS: readonly WireField[] = [
  { field: 'reportNo', wire: 'XYBG_BGBH', label: '报告编号', kind: 'string', required: true },
  { field: 'subject.name', wire: 'XYBG_ZTMC', label: '主体名称', kind: 'string', required: true },
  {
    field: 'subject.category',
    wire: 'XYBG_ZTLB',
    label: '主体类别',
    kind: 'code',
    table: 'subjectCategory',
    required: true,
  },
  {
    field: 'subject.uscc',
    wire: 'XYBG_TYSHXYDM',
    label: '统一社会信用代码',
    kind: 'identifier',
    required: false,
  },
  {
    field: 'subject.idType',
    wire: 'XYBG_ZJLX',
    label: '证件类型',
    kind: 'code',
    table: 'idType',
    required: false,
  },
  { field: 'subject.idNumber', wire: 'XYBG_ZJHM', label: '证件号码', kind: 'identifier', required: false },
  { field: 'purpose', wire: 'XYBG_CXYT', label: '查询用途', kind: 'string', required: true },
  { field: 'generatedAt', wire: 'XYBG_SCSJ', label: '生成时间', kind: 'timestamp', required: true },
  { field: 'dataWindow.from', wire: 'XYBG_SJQSRQ', label: '数据起始日期', kind: 'date', required: true },
  { field: 'dataWindow.to', wire: 'XYBG_SJJZRQ', label: '数据截止日期', kind: 'date', required: true },
  { field: 'issuer.name', wire: 'XYBG_CJDW', label: '出具单位', kind: 'string', required: true },
  {
    field: 'issuer.uscc',
    wire: 'XYBG_CJDWDM',
    label: '出具单位统一社会信用代码',
    kind: 'identifier',
    required: true,
  },
  { field: 'verificationCode', wire: 'XYBG_YZM', label: '报告验证码', kind: 'string', required: true },
];

/** The sections of a report in schema order: the section element, the report key and the record type. */
export const REPORT_SECTIONS = [
  { wire: 'XYBG_XZCF', key: 'penalties', recordType: 'penalty', element: 'PenaltyRecord' },
  { wire: 'XYBG_XZXK', key: 'licenses', recordType: 'license', element: 'LicenseRecord' },
  { wire: 'XYBG_SXMD', key: 'blacklist', recordType: 'blacklist', element: 'BlacklistRecord' },
  { wire: 'XYBG_XYXF', key: 'repairs', recordType: 'repair', element: 'RepairRecord' },
] as const satisfies readonly {
  wire: string;
  key: keyof ExchangeCreditReport;
  recordType: RecordType;
  element: string;
}[];
