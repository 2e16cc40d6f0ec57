import { createRepairState, type RepairState, type RepairStatus, transitionRepair } from '../../src/index.js';

/** The shortest path to each status, with an actor allowed to make each move. */
const PATHS: Record<RepairStatus, readonly (readonly [RepairStatus, string])[]> = {
  submitted: [],
  accepted: [['accepted', 'credit_china']],
  rejected_at_intake: [['rejected_at_intake', 'credit_china']],
  withdrawn: [['withdrawn', 'applicant']],
  under_review: [
    ['accepted', 'credit_china'],
    ['under_review', 'credit_china'],
  ],
  forwarded_to_department: [
    ['accepted', 'credit_china'],
    ['under_review', 'credit_china'],
    ['forwarded_to_department', 'credit_china'],
  ],
  approved: [
    ['accepted', 'credit_china'],
    ['under_review', 'credit_china'],
    ['approved', 'credit_china'],
  ],
  denied: [
    ['accepted', 'credit_china'],
    ['under_review', 'credit_china'],
    ['denied', 'credit_china'],
  ],
  synced_local: [
    ['accepted', 'credit_china'],
    ['under_review', 'credit_china'],
    ['approved', 'credit_china'],
    ['synced_local', 'local_platform'],
  ],
  synced_third_parties: [
    ['accepted', 'credit_china'],
    ['under_review', 'credit_china'],
    ['approved', 'credit_china'],
    ['synced_local', 'local_platform'],
    ['synced_third_parties', 'system'],
  ],
};

/** A synthetic repair brought to `status`, one hour per step from 2025-07-01 09:00 Shanghai time. */
export function repairAt(status: RepairStatus): RepairState {
  let state = createRepairState({ at: '2025-07-01T09:00:00+08:00', actor: 'applicant' });
  PATHS[status].forEach(([to, actor], index) => {
    const hour = String(10 + index).padStart(2, '0');
    state = transitionRepair(state, { to, actor, at: `2025-07-01T${hour}:00:00+08:00` });
  });
  return state;
}
