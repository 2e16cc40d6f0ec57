import {
  type CreditPlatformProfile,
  ID_TYPE_TABLE,
  type IdType,
  REPORT_SECTION_TITLES,
  type ReportSection,
  SUBJECT_CATEGORY_TABLE,
} from '@credit-bridge/core';
import { z } from 'zod';
import { recordSchema } from '../internal/record-codec.js';
import { dateSchema, timestampSchema } from '../internal/wire-values.js';

/**
 * The subject a report is about, as its header states it: category, name and the one identifier the
 * report was requested by. (A report header carries no legal representative, so this is not core's
 * full `Subject`.)
 */
export type ReportSubject =
  | { category: 'legal_person' | 'individual_business'; name: string; uscc: string }
  | { category: 'natural_person'; name: string; idType: IdType; idNumber: string };

/**
 * 公共信用信息报告 as the platform issues it (`XYBG_*`), in domain terms: number, subject, purpose, when it
 * was generated, the data window, the issuer, the verification code, and the penalty, licence, blacklist
 * and repair sections as core's `ReportSection`s of domain records.
 */
export interface PlatformCreditReport {
  reportNo: string;
  subject: ReportSubject;
  purpose: string;
  generatedAt: string;
  dataWindow: { from: string; to: string };
  issuer: { name: string; uscc: string };
  verificationCode: string;
  sections: ReportSection[];
}

const USCC_FORM = /^[0-9A-Z]{18}$/;
const cache = new WeakMap<CreditPlatformProfile, z.ZodType<PlatformCreditReport>>();

/**
 * The schema of the contract's `CreditReport` under a profile (its sections hold records with the
 * profile's column names), producing a {@link PlatformCreditReport}.
 *
 * @example
 * creditReportSchema(profile).parse(task.report).sections[0]?.key; // 'penalties'
 */
export function creditReportSchema(profile: CreditPlatformProfile): z.ZodType<PlatformCreditReport> {
  const cached = cache.get(profile);
  if (cached !== undefined) return cached;
  const schema = z
    .object({
      XYBG_BGBH: z.string().min(1).max(64),
      XYBG_ZTMC: z.string().min(1).max(200),
      XYBG_ZTLB: z.string().min(1),
      XYBG_TYSHXYDM: z.string().regex(USCC_FORM).optional(),
      XYBG_ZJLX: z.string().min(1).optional(),
      XYBG_ZJHM: z
        .string()
        .regex(/^[0-9A-Z]+$/)
        .max(64)
        .optional(),
      XYBG_CXYT: z.string().min(1).max(200),
      XYBG_SCSJ: timestampSchema,
      XYBG_SJQSRQ: dateSchema,
      XYBG_SJJZRQ: dateSchema,
      XYBG_CJDW: z.string().min(1).max(200),
      XYBG_CJDWDM: z.string().regex(USCC_FORM),
      XYBG_YZM: z.string().min(1).max(64),
      XYBG_XZCF: z.array(recordSchema(profile, 'penalty')),
      XYBG_XZXK: z.array(recordSchema(profile, 'license')),
      XYBG_SXMD: z.array(recordSchema(profile, 'blacklist')),
      XYBG_XYXF: z.array(recordSchema(profile, 'repair')),
    })
    .transform((wire, context): PlatformCreditReport => {
      const category = SUBJECT_CATEGORY_TABLE.fromWire(wire.XYBG_ZTLB);
      let subject: ReportSubject | undefined;
      if (category === 'natural_person') {
        const idType = wire.XYBG_ZJLX === undefined ? undefined : ID_TYPE_TABLE.fromWire(wire.XYBG_ZJLX);
        if (idType === undefined || wire.XYBG_ZJHM === undefined) {
          context.addIssue({
            code: 'custom',
            message: '证件类型 and 证件号码 of a natural person',
            path: ['XYBG_ZJLX'],
          });
        } else {
          subject = { category, name: wire.XYBG_ZTMC, idType, idNumber: wire.XYBG_ZJHM };
        }
      } else if (category !== undefined) {
        if (wire.XYBG_TYSHXYDM === undefined) {
          context.addIssue({
            code: 'custom',
            message: '统一社会信用代码 of the subject',
            path: ['XYBG_TYSHXYDM'],
          });
        } else {
          subject = { category, name: wire.XYBG_ZTMC, uscc: wire.XYBG_TYSHXYDM };
        }
      } else {
        context.addIssue({ code: 'custom', message: 'a subject category word', path: ['XYBG_ZTLB'] });
      }
      return {
        reportNo: wire.XYBG_BGBH,
        // Only reached without issues: zod discards the value when any issue was added.
        subject: subject as ReportSubject,
        purpose: wire.XYBG_CXYT,
        generatedAt: wire.XYBG_SCSJ,
        dataWindow: { from: wire.XYBG_SJQSRQ, to: wire.XYBG_SJJZRQ },
        issuer: { name: wire.XYBG_CJDW, uscc: wire.XYBG_CJDWDM },
        verificationCode: wire.XYBG_YZM,
        sections: [
          { key: 'penalties', title: REPORT_SECTION_TITLES.penalties, items: wire.XYBG_XZCF },
          { key: 'licenses', title: REPORT_SECTION_TITLES.licenses, items: wire.XYBG_XZXK },
          { key: 'blacklist', title: REPORT_SECTION_TITLES.blacklist, items: wire.XYBG_SXMD },
          { key: 'repairs', title: REPORT_SECTION_TITLES.repairs, items: wire.XYBG_XYXF },
        ],
      };
    });
  cache.set(profile, schema);
  return schema;
}
