import { z } from 'zod';
import { CREDIT_SECTORS, PENALTY_KINDS } from './code-tables.js';
import { CREDIT_SEVERITIES } from './credit-severity.js';
import { calendarDateSchema, fenSchema, textSchema, usccSchema } from './field-schemas.js';
import { recordMetaShape } from './record-meta.js';
import { subjectSchema } from './subject.js';

/** 处罚类别 as a zod enum of {@link PENALTY_KINDS}. */
export const penaltyKindSchema = z.enum(PENALTY_KINDS);

/**
 * 行政处罚 (the generation-2 `CF_*` record of domain reference §3.2) plus the toolkit's `severity` and
 * `sector`, which drive publication periods (§4.3). Amounts are integer fen; the wire carries 万元.
 *
 * @example
 * const penalty: PenaltyRecord = penaltyRecordSchema.parse(input);
 */
export const penaltyRecordSchema = z.strictObject({
  ...recordMetaShape,
  subject: subjectSchema,
  /** CF_WSH 行政处罚决定书文号. */
  decisionNo: textSchema(128),
  /** CF_WFXW 违法行为类型: which rule was broken. */
  violationType: textSchema(),
  /** CF_SY 违法事实. */
  facts: textSchema(),
  /** CF_YJ 处罚依据. */
  legalBasis: textSchema(),
  /** CF_CFLB 处罚类别: one or more, without repeats. */
  kinds: z
    .array(penaltyKindSchema)
    .min(1)
    .refine((kinds) => new Set(kinds).size === kinds.length, {
      message: 'must not repeat a kind',
      params: { code: 'E_DUPLICATE' },
    }),
  /** CF_NR 处罚内容. */
  content: textSchema(),
  /** CF_NR_FK 罚款金额, in fen; required when `kinds` includes `fine`. */
  fineFen: fenSchema.optional(),
  /** CF_NR_WFFF 没收违法所得、没收非法财物的金额, in fen. */
  confiscationFen: fenSchema.optional(),
  /** CF_NR_ZKDX 暂扣或吊销证照名称及编号. */
  suspendedOrRevokedLicense: textSchema(200).optional(),
  /** CF_JDRQ 处罚决定日期. */
  decisionDate: calendarDateSchema,
  /** CF_YXQ 处罚有效期. */
  validUntil: calendarDateSchema,
  /** CF_GSJZQ 公示截止期. */
  publicationEndDate: calendarDateSchema.optional(),
  /** CF_CFJG 处罚机关. */
  authority: textSchema(200),
  /** CF_CFJGDM 处罚机关统一社会信用代码. */
  authorityUscc: usccSchema,
  /** CF_SJLY 数据来源单位. */
  dataSource: textSchema(200),
  /** CF_SJLYDM 数据来源单位统一社会信用代码. */
  dataSourceUscc: usccSchema,
  /** BZ 备注. */
  remarks: textSchema().optional(),
  /** 失信程度 (toolkit; wire `CF_SXYZCD`). */
  severity: z.enum(CREDIT_SEVERITIES).optional(),
  /** 行业领域 as far as publication rules care (toolkit; wire `CF_HYLY`). */
  sector: z.enum(CREDIT_SECTORS).optional(),
});

/** A 行政处罚 record. */
export type PenaltyRecord = z.infer<typeof penaltyRecordSchema>;
