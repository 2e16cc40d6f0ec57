/**
 * The states of a credit repair (信用修复) application, domain reference §4.4:
 * submitted → accepted | rejected_at_intake → under_review (→ forwarded_to_department) → approved | denied
 * → synced_local → synced_third_parties, and withdrawn by the applicant before a decision.
 */
export const REPAIR_STATUSES = [
  'submitted',
  'accepted',
  'rejected_at_intake',
  'under_review',
  'forwarded_to_department',
  'approved',
  'denied',
  'synced_local',
  'synced_third_parties',
  'withdrawn',
] as const;

/** One of {@link REPAIR_STATUSES}. */
export type RepairStatus = (typeof REPAIR_STATUSES)[number];
