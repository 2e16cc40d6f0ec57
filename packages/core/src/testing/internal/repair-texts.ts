import type { RepairStatus } from '../../repair/repair-status.js';

/** Reasons written into history for the steps that need one. */
export const REPAIR_STEP_REASONS: Partial<Record<RepairStatus, string>> = {
  rejected_at_intake: '申请材料不齐全，经一次性告知后未在规定期限内补正。',
  forwarded_to_department: '按照“谁认定、谁修复”原则转认定单位审核。',
  denied: '经核查，申请人尚未完全履行行政处罚决定规定的义务，不符合信用修复条件。',
  withdrawn: '申请人主动撤回信用修复申请。',
};

/** The deciding body when 信用中国 decides itself. */
export const CREDIT_CHINA_DECIDER = '国家公共信用信息中心';

/** Proof documents (domain reference §4.4): always the commitment, then a choice of the others. */
export const COMMITMENT_MATERIAL = '信用修复承诺书.pdf';
export const PENALTY_MATERIALS = [
  '信用修复申请表.pdf',
  '行政处罚决定履行完毕证明.pdf',
  '罚款缴纳凭证.pdf',
  '整改情况说明.pdf',
] as const;
export const BLACKLIST_MATERIALS = [
  '信用修复申请表.pdf',
  '整改情况报告.pdf',
  '履行法定义务证明材料.pdf',
] as const;
export const COMPANY_MATERIALS = ['营业执照复印件.pdf', '法定代表人身份证明书.pdf'] as const;
export const PERSON_MATERIALS = ['身份证复印件.pdf'] as const;
