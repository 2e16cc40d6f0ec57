import { z } from 'zod';
import { LICENSE_CATEGORIES, LICENSE_STATUSES } from './code-tables.js';
import { calendarDateSchema, textSchema, usccSchema } from './field-schemas.js';
import { recordMetaShape } from './record-meta.js';
import { subjectSchema } from './subject.js';

/** 许可类别 as a zod enum of {@link LICENSE_CATEGORIES}. */
export const licenseCategorySchema = z.enum(LICENSE_CATEGORIES);

/** 当前状态 as a zod enum of {@link LICENSE_STATUSES}. */
export const licenseStatusSchema = z.enum(LICENSE_STATUSES);

/**
 * 行政许可 (the generation-2 `XK_*` record of domain reference §3.2). Lengths follow the matching `CF_*`
 * DDL columns, as the implementers' tables do.
 *
 * @example
 * const license: LicenseRecord = licenseRecordSchema.parse(input);
 */
export const licenseRecordSchema = z.strictObject({
  ...recordMetaShape,
  subject: subjectSchema,
  /** XK_XKWS 行政许可决定文书名称. */
  decisionDocName: textSchema(),
  /** XK_WSH 行政许可决定文书号. */
  decisionNo: textSchema(128),
  /** XK_XKLB 许可类别. */
  category: licenseCategorySchema,
  /** XK_XKZS 许可证书名称. */
  certificateName: textSchema(),
  /** XK_XKBH 许可编号. */
  certificateNo: textSchema().optional(),
  /** XK_NR 许可内容. */
  content: textSchema(),
  /** XK_JDRQ 许可决定日期. */
  decisionDate: calendarDateSchema,
  /** XK_YXQZ 有效期自. */
  validFrom: calendarDateSchema,
  /** XK_YXQZI 有效期至. */
  validTo: calendarDateSchema,
  /** XK_XKJG 许可机关. */
  authority: textSchema(200),
  /** XK_XKJGDM 许可机关统一社会信用代码. */
  authorityUscc: usccSchema,
  /** XK_ZT 当前状态. */
  status: licenseStatusSchema,
  /** XK_LYDW 数据来源单位. */
  dataSource: textSchema(200),
  /** XK_LYDWDM 数据来源单位统一社会信用代码. */
  dataSourceUscc: usccSchema,
  /** BZ 备注. */
  remarks: textSchema().optional(),
});

/** A 行政许可 record. */
export type LicenseRecord = z.infer<typeof licenseRecordSchema>;
