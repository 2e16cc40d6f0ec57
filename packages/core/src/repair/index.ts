export { overdueSteps, type RepairClockOptions } from './overdue-steps.js';
export {
  DEFAULT_REPAIR_SLA,
  type RepairDeadline,
  type RepairSlaOptions,
  type RepairStep,
  type ResolvedRepairSla,
  repairDeadlines,
  resolveRepairSla,
} from './repair-deadlines.js';
export {
  REPAIR_DOWNSTREAM_SYSTEM_LABELS,
  REPAIR_DOWNSTREAM_SYSTEMS,
  type RepairDownstreamSystem,
  type RepairDutyEvent,
  type RepairEvent,
  type RepairEventOptions,
  type RepairTransitionEvent,
  repairEvents,
} from './repair-events.js';
export { createRepairState, type RepairHistoryEntry, type RepairState } from './repair-state.js';
export { REPAIR_STATUSES, type RepairStatus } from './repair-status.js';
export {
  allowedRepairTransitions,
  isTerminalRepairStatus,
  REPAIR_ACTORS,
  REPAIR_TRANSITIONS,
  type RepairActor,
  type RepairTransitionRule,
  repairActorRole,
} from './repair-transitions.js';
export {
  type RepairTransitionErrorCode,
  type RepairTransitionRequest,
  type RepairTransitionResult,
  transitionRepair,
  tryTransitionRepair,
} from './transition-repair.js';
