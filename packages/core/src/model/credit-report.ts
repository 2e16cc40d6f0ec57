import { z } from 'zod';
import { blacklistEntrySchema } from './blacklist-entry.js';
import { calendarDateSchema, textSchema, timestampSchema, usccSchema } from './field-schemas.js';
import { licenseRecordSchema } from './license-record.js';
import { penaltyRecordSchema } from './penalty-record.js';
import { repairRecordSchema } from './repair-record.js';
import { subjectSchema } from './subject.js';

/** The detail sections of a credit report, in print order (domain reference §5). */
export const REPORT_SECTION_KEYS = ['basic_info', 'penalties', 'licenses', 'blacklist', 'repairs'] as const;

/** One of {@link REPORT_SECTION_KEYS}. */
export type ReportSectionKey = (typeof REPORT_SECTION_KEYS)[number];

/** The default Chinese title of each report section. */
export const REPORT_SECTION_TITLES: Readonly<Record<ReportSectionKey, string>> = {
  basic_info: '基础信息',
  penalties: '行政处罚信息',
  licenses: '行政许可信息',
  blacklist: '严重失信主体名单信息',
  repairs: '信用修复信息',
};

const title = textSchema(100);

/** A report section; `items` are typed by `key`. */
export const reportSectionSchema = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('basic_info'), title, items: z.array(subjectSchema).max(1) }),
  z.strictObject({ key: z.literal('penalties'), title, items: z.array(penaltyRecordSchema) }),
  z.strictObject({ key: z.literal('licenses'), title, items: z.array(licenseRecordSchema) }),
  z.strictObject({ key: z.literal('blacklist'), title, items: z.array(blacklistEntrySchema) }),
  z.strictObject({ key: z.literal('repairs'), title, items: z.array(repairRecordSchema) }),
]);

/**
 * 公共信用信息报告 (§5): a unique report number, the subject, the purpose it was requested for, when it
 * was generated, the data window it covers, the sections, and the code a receiver uses to check the
 * report online (报告验证). No statutory validity period exists; receivers judge freshness by
 * `generatedAt`.
 *
 * @example
 * const report: CreditReport = creditReportSchema.parse(input);
 */
export const creditReportSchema = z.strictObject({
  /** 报告编号. */
  reportNo: textSchema(64),
  subject: subjectSchema,
  /** 查询用途. */
  purpose: textSchema(200),
  generatedAt: timestampSchema,
  /** The days whose records the report covers, both inclusive. */
  dataWindow: z.strictObject({ from: calendarDateSchema, to: calendarDateSchema }),
  /** The issuing credit centre. */
  issuer: z.strictObject({ name: textSchema(200), uscc: usccSchema }),
  sections: z.array(reportSectionSchema),
  /** 报告验证码. */
  verificationCode: textSchema(64),
});

/** A public credit information report. */
export type CreditReport = z.infer<typeof creditReportSchema>;
/** One section of a report. */
export type ReportSection = z.infer<typeof reportSectionSchema>;
