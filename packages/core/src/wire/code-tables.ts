import {
  BLACKLIST_ACTION_LABELS,
  CREDIT_SECTOR_LABELS,
  ID_TYPE_LABELS,
  LICENSE_CATEGORY_LABELS,
  PENALTY_KIND_LABELS,
  REPAIR_CHANNEL_LABELS,
  REPAIR_OUTCOME_LABELS,
  REPAIR_STATUS_LABELS,
  SUBJECT_CATEGORY_LABELS,
} from '../model/code-tables.js';
import { CREDIT_SEVERITY_LABELS } from '../model/credit-severity.js';
import { RECORD_TYPE_LABELS } from '../model/record-type.js';
import { createCodeTable } from './code-table.js';

/**
 * 行政相对人类别. Also accepts the beidasoft numeric variant 01 自然人, 02 法人, 03 非法人组织, 04 个体工商户
 * and the short words of the Hubei validator (domain reference §3.3).
 */
export const SUBJECT_CATEGORY_TABLE = createCodeTable('subjectCategory', SUBJECT_CATEGORY_LABELS, {
  '01': 'natural_person',
  '02': 'legal_person',
  '03': 'legal_person',
  '04': 'individual_business',
  法人: 'legal_person',
  非法人组织: 'legal_person',
  法人和非法人组织: 'legal_person',
  法人和其他组织: 'legal_person',
  个体: 'individual_business',
  个体户: 'individual_business',
});

/** 证件类型. Also accepts the numeric variant 01–05 seen in beidasoft comments (§3.3) and 居民身份证 / 护照. */
export const ID_TYPE_TABLE = createCodeTable('idType', ID_TYPE_LABELS, {
  '01': 'id_card',
  '02': 'passport',
  '03': 'hk_macau_permit',
  '04': 'taiwan_permit',
  '05': 'foreign_permanent_residence',
  居民身份证: 'id_card',
  护照: 'passport',
});

/**
 * 处罚类别, one kind per word. Also accepts 其他行政处罚 (the 2021 statistics' wording) and the pre-2021
 * wordings of the single kinds (暂扣许可证, 吊销许可证, 吊销执照).
 */
export const PENALTY_KIND_TABLE = createCodeTable('penaltyKind', PENALTY_KIND_LABELS, {
  其他行政处罚: 'other',
  暂扣许可证: 'suspend_license',
  吊销许可证: 'revoke_license',
  吊销执照: 'revoke_license',
  吊销营业执照: 'revoke_license',
  暂扣或者吊销许可证: 'legacy_suspend_or_revoke_license',
  暂扣或者吊销执照: 'legacy_suspend_or_revoke_license',
  '没收违法所得、非法财物': 'legacy_confiscation',
});

/** 许可类别. Also accepts the Wuhan generation-1 codes 1 普通 … 5 登记, 9 其他 (§3.2). */
export const LICENSE_CATEGORY_TABLE = createCodeTable('licenseCategory', LICENSE_CATEGORY_LABELS, {
  '1': 'ordinary',
  '2': 'franchise',
  '3': 'accreditation',
  '4': 'approval',
  '5': 'registration',
  '9': 'other',
});

/**
 * 当前状态 (XK_ZT). Travels as `1` 有效 / `2` 无效, the form seen in platform data (§3.3); the words are
 * accepted on input.
 */
export const LICENSE_STATUS_TABLE = createCodeTable(
  'licenseStatus',
  { valid: '1', invalid: '2' },
  { 有效: 'valid', 无效: 'invalid' },
);

/** 失信程度: 轻微, 一般, 严重. */
export const CREDIT_SEVERITY_TABLE = createCodeTable('creditSeverity', CREDIT_SEVERITY_LABELS, {
  轻微失信: 'minor',
  一般失信: 'general',
  严重失信: 'serious',
});

/** 行业领域 as publication rules distinguish it. */
export const CREDIT_SECTOR_TABLE = createCodeTable('creditSector', CREDIT_SECTOR_LABELS);

/** 名单状态 of a blacklist entry: 列入 / 移出. */
export const BLACKLIST_ACTION_TABLE = createCodeTable('blacklistAction', BLACKLIST_ACTION_LABELS);

/** 申请渠道 of a repair: 线上 / 线下. */
export const REPAIR_CHANNEL_TABLE = createCodeTable('repairChannel', REPAIR_CHANNEL_LABELS, {
  网上: 'online',
  窗口: 'offline',
});

/** 修复决定: 准予修复 / 不予修复. */
export const REPAIR_OUTCOME_TABLE = createCodeTable('repairOutcome', REPAIR_OUTCOME_LABELS);

/** 修复状态, with the toolkit's words (no source defines any, §4.4). */
export const REPAIR_STATUS_TABLE = createCodeTable('repairStatus', REPAIR_STATUS_LABELS);

/** The record type a repair targets: 行政处罚 / 严重失信主体名单. */
export const REPAIR_TARGET_TYPE_TABLE = createCodeTable('repairTargetType', {
  penalty: RECORD_TYPE_LABELS.penalty,
  blacklist: RECORD_TYPE_LABELS.blacklist,
});

/** Every code table by name; wire field descriptors refer to them by these names. */
export const CODE_TABLES = {
  subjectCategory: SUBJECT_CATEGORY_TABLE,
  idType: ID_TYPE_TABLE,
  penaltyKind: PENALTY_KIND_TABLE,
  licenseCategory: LICENSE_CATEGORY_TABLE,
  licenseStatus: LICENSE_STATUS_TABLE,
  creditSeverity: CREDIT_SEVERITY_TABLE,
  creditSector: CREDIT_SECTOR_TABLE,
  blacklistAction: BLACKLIST_ACTION_TABLE,
  repairChannel: REPAIR_CHANNEL_TABLE,
  repairOutcome: REPAIR_OUTCOME_TABLE,
  repairStatus: REPAIR_STATUS_TABLE,
  repairTargetType: REPAIR_TARGET_TYPE_TABLE,
} as const;

/** The name of one of {@link CODE_TABLES}. */
export type CodeTableName = keyof typeof CODE_TABLES;
