import type { RepairStatus } from '../repair/repair-status.js';

/**
 * 行政相对人类别 (domain reference §3.3): `legal_person` 法人及非法人组织, `natural_person` 自然人,
 * `individual_business` 个体工商户.
 */
export const SUBJECT_CATEGORIES = ['legal_person', 'natural_person', 'individual_business'] as const;

/** One of {@link SUBJECT_CATEGORIES}. */
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];

/** The national template's word for each subject category. */
export const SUBJECT_CATEGORY_LABELS: Readonly<Record<SubjectCategory, string>> = {
  legal_person: '法人及非法人组织',
  natural_person: '自然人',
  individual_business: '个体工商户',
};

/** 证件类型 of a natural person or a legal representative (§3.3, the five seen in the templates). */
export const ID_TYPES = [
  'id_card',
  'passport',
  'hk_macau_permit',
  'taiwan_permit',
  'foreign_permanent_residence',
] as const;

/** One of {@link ID_TYPES}. */
export type IdType = (typeof ID_TYPES)[number];

/** The template's word for each identity document type. */
export const ID_TYPE_LABELS: Readonly<Record<IdType, string>> = {
  id_card: '身份证',
  passport: '护照号',
  hk_macau_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  foreign_permanent_residence: '外国人永久居留身份证',
};

/**
 * 处罚类别: the 2021 行政处罚法 list in its statistical light-to-heavy order (§3.1), then `other`, then two
 * `legacy_*` kinds for the pre-2021 combined categories that generation-1 data carries and that cannot
 * be split after the fact (code 3 and code 5 of the Wuhan v1 table).
 */
export const PENALTY_KINDS = [
  'warning',
  'public_criticism',
  'fine',
  'confiscate_illegal_gains',
  'confiscate_illegal_property',
  'suspend_license',
  'downgrade_qualification',
  'revoke_license',
  'restrict_operations',
  'order_suspension',
  'order_closure',
  'restrict_employment',
  'administrative_detention',
  'other',
  'legacy_confiscation',
  'legacy_suspend_or_revoke_license',
] as const;

/** One of {@link PENALTY_KINDS}. */
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

/** The statutory word for each penalty kind. */
export const PENALTY_KIND_LABELS: Readonly<Record<PenaltyKind, string>> = {
  warning: '警告',
  public_criticism: '通报批评',
  fine: '罚款',
  confiscate_illegal_gains: '没收违法所得',
  confiscate_illegal_property: '没收非法财物',
  suspend_license: '暂扣许可证件',
  downgrade_qualification: '降低资质等级',
  revoke_license: '吊销许可证件',
  restrict_operations: '限制开展生产经营活动',
  order_suspension: '责令停产停业',
  order_closure: '责令关闭',
  restrict_employment: '限制从业',
  administrative_detention: '行政拘留',
  other: '其他',
  legacy_confiscation: '没收违法所得、没收非法财物',
  legacy_suspend_or_revoke_license: '暂扣或者吊销许可证、暂扣或者吊销执照',
};

/** 许可类别 (§3.3, Hubei validator): 普通, 特许, 认可, 核准, 登记, 其他. */
export const LICENSE_CATEGORIES = [
  'ordinary',
  'franchise',
  'accreditation',
  'approval',
  'registration',
  'other',
] as const;

/** One of {@link LICENSE_CATEGORIES}. */
export type LicenseCategory = (typeof LICENSE_CATEGORIES)[number];

/** The template's word for each licence category. */
export const LICENSE_CATEGORY_LABELS: Readonly<Record<LicenseCategory, string>> = {
  ordinary: '普通',
  franchise: '特许',
  accreditation: '认可',
  approval: '核准',
  registration: '登记',
  other: '其他',
};

/** 当前状态 of a licence (XK_ZT): `valid` 有效 (wire `1`), `invalid` 无效 (wire `2`). */
export const LICENSE_STATUSES = ['valid', 'invalid'] as const;

/** One of {@link LICENSE_STATUSES}. */
export type LicenseStatus = (typeof LICENSE_STATUSES)[number];

/** The Chinese word for each licence status. */
export const LICENSE_STATUS_LABELS: Readonly<Record<LicenseStatus, string>> = {
  valid: '有效',
  invalid: '无效',
};

/** What a blacklist entry records: listing (列入) or removal (移出) of the subject. */
export const BLACKLIST_ACTIONS = ['list', 'remove'] as const;

/** One of {@link BLACKLIST_ACTIONS}. */
export type BlacklistAction = (typeof BLACKLIST_ACTIONS)[number];

/** The Chinese word for each blacklist action. */
export const BLACKLIST_ACTION_LABELS: Readonly<Record<BlacklistAction, string>> = {
  list: '列入',
  remove: '移出',
};

/** Where a repair application was filed (§4.4): online at 信用中国, or offline at a service-hall window. */
export const REPAIR_CHANNELS = ['online', 'offline'] as const;

/** One of {@link REPAIR_CHANNELS}. */
export type RepairChannel = (typeof REPAIR_CHANNELS)[number];

/** The Chinese word for each repair channel. */
export const REPAIR_CHANNEL_LABELS: Readonly<Record<RepairChannel, string>> = {
  online: '线上',
  offline: '线下',
};

/** The outcome of a repair decision. */
export const REPAIR_OUTCOMES = ['approved', 'denied'] as const;

/** One of {@link REPAIR_OUTCOMES}. */
export type RepairOutcome = (typeof REPAIR_OUTCOMES)[number];

/** The Chinese words for each repair outcome. */
export const REPAIR_OUTCOME_LABELS: Readonly<Record<RepairOutcome, string>> = {
  approved: '准予修复',
  denied: '不予修复',
};

/** Toolkit-defined Chinese words for the repair statuses of `REPAIR_STATUSES` (no source defines any, §4.4). */
export const REPAIR_STATUS_LABELS: Readonly<Record<RepairStatus, string>> = {
  submitted: '已提交',
  accepted: '已受理',
  rejected_at_intake: '不予受理',
  under_review: '审核中',
  forwarded_to_department: '已转认定单位',
  approved: '准予修复',
  denied: '不予修复',
  synced_local: '已同步本地',
  synced_third_parties: '已同步第三方',
  withdrawn: '已撤回',
};

/**
 * The sector (行业领域) of a penalty, as far as publication rules distinguish sectors: Order 58 sets a
 * one-year minimum for 特种设备, 安全生产 and 消防 penalties (§4.3). Every other sector is `other`.
 */
export const CREDIT_SECTORS = ['special_equipment', 'work_safety', 'fire_safety', 'other'] as const;

/** One of {@link CREDIT_SECTORS}. */
export type CreditSector = (typeof CREDIT_SECTORS)[number];

/** The Chinese word for each sector. */
export const CREDIT_SECTOR_LABELS: Readonly<Record<CreditSector, string>> = {
  special_equipment: '特种设备',
  work_safety: '安全生产',
  fire_safety: '消防',
  other: '其他',
};
