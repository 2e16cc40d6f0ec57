import type { RepairStatus } from './repair-status.js';

/**
 * Who acts in a repair (domain reference §4.4): the applying subject, 信用中国 (the single intake window), the
 * deciding department (谁认定、谁修复; for 严重失信主体名单 the 认定单位 itself), the local credit platform that
 * shares the result, and the system itself (automatic steps).
 */
export const REPAIR_ACTORS = ['applicant', 'credit_china', 'department', 'local_platform', 'system'] as const;

/** One of {@link REPAIR_ACTORS}. */
export type RepairActor = (typeof REPAIR_ACTORS)[number];

/** One allowed move and the roles that may make it. */
export interface RepairTransitionRule {
  from: RepairStatus;
  to: RepairStatus;
  actors: readonly RepairActor[];
}

/**
 * The repair workflow as data: every allowed move, nothing else is legal. The status list and this table
 * are the toolkit's design (⚠️ no source defines statuses); the roles follow the 2025 plan and the 2026
 * measure: 信用中国 accepts and decides or forwards, the department decides what it forwarded or what it
 * listed itself, the applicant may withdraw until a decision, local platforms sync the result.
 */
export const REPAIR_TRANSITIONS: readonly RepairTransitionRule[] = [
  { from: 'submitted', to: 'accepted', actors: ['credit_china', 'department'] },
  { from: 'submitted', to: 'rejected_at_intake', actors: ['credit_china', 'department'] },
  { from: 'submitted', to: 'withdrawn', actors: ['applicant'] },
  { from: 'accepted', to: 'under_review', actors: ['credit_china', 'department', 'system'] },
  { from: 'accepted', to: 'withdrawn', actors: ['applicant'] },
  { from: 'under_review', to: 'forwarded_to_department', actors: ['credit_china'] },
  { from: 'under_review', to: 'approved', actors: ['credit_china', 'department'] },
  { from: 'under_review', to: 'denied', actors: ['credit_china', 'department'] },
  { from: 'under_review', to: 'withdrawn', actors: ['applicant'] },
  { from: 'forwarded_to_department', to: 'approved', actors: ['department'] },
  { from: 'forwarded_to_department', to: 'denied', actors: ['department'] },
  { from: 'forwarded_to_department', to: 'withdrawn', actors: ['applicant'] },
  { from: 'approved', to: 'synced_local', actors: ['local_platform', 'system'] },
  { from: 'synced_local', to: 'synced_third_parties', actors: ['local_platform', 'system'] },
];

/**
 * The moves allowed from `from`.
 *
 * @example
 * allowedRepairTransitions('approved').map((t) => t.to); // ['synced_local']
 */
export function allowedRepairTransitions(from: RepairStatus): readonly RepairTransitionRule[] {
  return REPAIR_TRANSITIONS.filter((rule) => rule.from === from);
}

/** True for statuses no move leaves: rejected_at_intake, denied, withdrawn, synced_third_parties. */
export function isTerminalRepairStatus(status: RepairStatus): boolean {
  return allowedRepairTransitions(status).length === 0;
}

/**
 * The role in an actor string: the actor is a role (`department`) or a role and an identifier
 * (`department:91420100MA4K…`), so history can name who acted while the table checks what they may do.
 */
export function repairActorRole(actor: string): string {
  const colon = actor.indexOf(':');
  return colon === -1 ? actor : actor.slice(0, colon);
}
