import { z } from 'zod';
import { ID_TYPES, SUBJECT_CATEGORIES } from './code-tables.js';
import { textSchema, usccSchema } from './field-schemas.js';

/** 证件类型 as a zod enum of {@link ID_TYPES}. */
export const idTypeSchema = z.enum(ID_TYPES);

/** 行政相对人类别 as a zod enum of {@link SUBJECT_CATEGORIES}. */
export const subjectCategorySchema = z.enum(SUBJECT_CATEGORIES);

// 代码_2…_6 of the generation-2 template with the implementers' DDL lengths (domain reference §3.2).
const registrationCodes = {
  /** 代码_2 工商注册号; required when `uscc` is the 17×0+X placeholder. */
  registrationNo: textSchema(50).optional(),
  /** 代码_3 组织机构代码 (GB 11714). */
  orgCode: textSchema(32).optional(),
  /** 代码_4 税务登记号. */
  taxNo: textSchema(32).optional(),
};

const legalRepresentative = {
  /** 法定代表人 (for an individual business: the operator, 经营者). */
  legalRepresentative: textSchema(50),
  /** 法定代表人证件类型; given together with `legalRepIdNumber`. */
  legalRepIdType: idTypeSchema.optional(),
  /** 法定代表人证件号码. */
  legalRepIdNumber: textSchema(64).optional(),
};

/** 法人及非法人组织: a legal person or an unincorporated organisation, identified by its USCC. */
export const legalPersonSubjectSchema = z.strictObject({
  category: z.literal('legal_person'),
  /** 行政相对人名称. */
  name: textSchema(200),
  /** 代码_1 统一社会信用代码. */
  uscc: usccSchema,
  ...registrationCodes,
  /** 代码_5 事业单位证书号. */
  institutionCertNo: textSchema(120).optional(),
  /** 代码_6 社会组织登记证号. */
  socialOrgNo: textSchema(50).optional(),
  ...legalRepresentative,
});

/** 自然人: a natural person, identified by an identity document. */
export const naturalPersonSubjectSchema = z.strictObject({
  category: z.literal('natural_person'),
  /** The person's name. */
  name: textSchema(200),
  idType: idTypeSchema,
  idNumber: textSchema(64),
});

/** 个体工商户: an individual business, identified by a USCC starting `92` (or the placeholder). */
export const individualBusinessSubjectSchema = z.strictObject({
  category: z.literal('individual_business'),
  /** 字号 or, without one, the operator's name. */
  name: textSchema(200),
  uscc: usccSchema,
  ...registrationCodes,
  ...legalRepresentative,
});

/**
 * The party a record is about (行政相对人), discriminated by `category`.
 *
 * @example
 * subjectSchema.parse({
 *   category: 'legal_person', name: '武汉示例科技有限公司', uscc: '91350100M000100Y43', legalRepresentative: '张三',
 * });
 */
export const subjectSchema = z.discriminatedUnion('category', [
  legalPersonSubjectSchema,
  naturalPersonSubjectSchema,
  individualBusinessSubjectSchema,
]);

/** The party a record is about; switch on `category`. */
export type Subject = z.infer<typeof subjectSchema>;
/** A subject of category `legal_person`. */
export type LegalPersonSubject = z.infer<typeof legalPersonSubjectSchema>;
/** A subject of category `natural_person`. */
export type NaturalPersonSubject = z.infer<typeof naturalPersonSubjectSchema>;
/** A subject of category `individual_business`. */
export type IndividualBusinessSubject = z.infer<typeof individualBusinessSubjectSchema>;
