import { z } from 'zod';
import { BLACKLIST_ACTIONS } from './code-tables.js';
import { calendarDateSchema, textSchema, usccSchema } from './field-schemas.js';
import { recordMetaShape } from './record-meta.js';
import { subjectSchema } from './subject.js';

/** The action of a blacklist entry as a zod enum of {@link BLACKLIST_ACTIONS}. */
export const blacklistActionSchema = z.enum(BLACKLIST_ACTIONS);

/**
 * 严重失信主体名单 entry: the listing of a subject, or (`action: 'remove'`) its removal, with the items
 * 国办发〔2020〕49号 requires a listing decision to state (domain reference §4.1–4.2). The wire columns
 * are toolkit-defined `SXMD_*` (§9.2). A removal also needs `removedDate` and `removalReason`; record
 * validation enforces that.
 *
 * @example
 * const entry: BlacklistEntry = blacklistEntrySchema.parse(input);
 */
export const blacklistEntrySchema = z.strictObject({
  ...recordMetaShape,
  /** SXMD_ZT 列入 or 移出. */
  action: blacklistActionSchema,
  subject: subjectSchema,
  /** SXMD_MDLX 名单类型/领域, e.g. 市场监督管理严重违法失信名单. */
  listType: textSchema(200),
  /** SXMD_LRSY 列入事由 (主要失信事实). */
  reason: textSchema(),
  /** SXMD_RDYJ 认定依据. */
  legalBasis: textSchema(),
  /** SXMD_RDDW 认定单位. */
  authority: textSchema(200),
  /** SXMD_RDDWDM 认定单位统一社会信用代码. */
  authorityUscc: usccSchema,
  /** SXMD_RDWH 认定文号. */
  decisionNo: textSchema(128),
  /** SXMD_LRRQ 列入(认定)日期. */
  listedDate: calendarDateSchema,
  /** SXMD_YXQZ 有效期至 (planned removal date). */
  validUntil: calendarDateSchema.optional(),
  /** SXMD_YCTJ 移出条件. */
  removalConditions: textSchema(),
  /** SXMD_JJTJ 救济途径. */
  remedy: textSchema(),
  /** SXMD_CJCS 惩戒措施提示. */
  sanctions: textSchema().optional(),
  /** SXMD_YCRQ 移出日期. */
  removedDate: calendarDateSchema.optional(),
  /** SXMD_YCYY 移出原因. */
  removalReason: textSchema().optional(),
  /** SXMD_YCDW 移出决定单位. */
  removalAuthority: textSchema(200).optional(),
  /** SXMD_SJLY 数据来源单位. */
  dataSource: textSchema(200),
  /** SXMD_SJLYDM 数据来源单位统一社会信用代码. */
  dataSourceUscc: usccSchema,
  /** BZ 备注. */
  remarks: textSchema().optional(),
});

/** A 严重失信主体名单 entry. */
export type BlacklistEntry = z.infer<typeof blacklistEntrySchema>;
