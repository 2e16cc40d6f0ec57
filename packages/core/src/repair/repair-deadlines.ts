import type { WorkingDayCalendar } from '../calendar/create-working-day-calendar.js';
import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import { type CalendarDate, compareDates } from '../time/index.js';
import { shanghaiDateOf } from './internal/read-instant.js';
import type { RepairState } from './repair-state.js';
import type { RepairStatus } from './repair-status.js';

/** The timed steps of a repair. */
export type RepairStep = 'intake' | 'review' | 'local_sync';

/** Time limits in working days; unset ones take the defaults of {@link DEFAULT_REPAIR_SLA}. */
export interface RepairSlaOptions {
  intakeDays?: number | undefined;
  reviewDays?: number | undefined;
  localSyncDays?: number | undefined;
}

/** {@link RepairSlaOptions} with every limit set. */
export type ResolvedRepairSla = Readonly<{ intakeDays: number; reviewDays: number; localSyncDays: number }>;

/**
 * Default limits (domain reference §4.4): intake 3 working days (🟡: garbled mirrors of the 2025 plan read 3),
 * review 10 working days from acceptance (✅ Order 58 practice), local sync 3 working days from the decision (✅).
 */
export const DEFAULT_REPAIR_SLA: ResolvedRepairSla = { intakeDays: 3, reviewDays: 10, localSyncDays: 3 };

/** One timed step: when it started, by when it is due, and whether and when it ended. */
export interface RepairDeadline {
  step: RepairStep;
  startedAt: string;
  workingDays: number;
  /** The last day the step may be completed on. */
  dueDate: CalendarDate;
  /** When the step ended (decision, withdrawal, sync), or `null` while it is open. */
  completedAt: string | null;
  completedWith: RepairStatus | null;
  /** Completed after `dueDate`. */
  late: boolean;
  /** Whether the calendar's holiday table covers the whole step; if not, only weekends were skipped. */
  calendarCovered: boolean;
}

// Which status starts each step and which statuses end it. Review runs from acceptance; forwarding to the
// department does not restart it (⚠️ design assumption: the sources give one 10-day limit per application).
const STEPS: readonly { step: RepairStep; start: RepairStatus; ends: readonly RepairStatus[] }[] = [
  { step: 'intake', start: 'submitted', ends: ['accepted', 'rejected_at_intake', 'withdrawn'] },
  { step: 'review', start: 'accepted', ends: ['approved', 'denied', 'withdrawn'] },
  { step: 'local_sync', start: 'approved', ends: ['synced_local'] },
];

/** Fills unset limits with the defaults and checks each is a positive integer. */
export function resolveRepairSla(sla: RepairSlaOptions = {}): ResolvedRepairSla {
  const resolved = {
    intakeDays: sla.intakeDays ?? DEFAULT_REPAIR_SLA.intakeDays,
    reviewDays: sla.reviewDays ?? DEFAULT_REPAIR_SLA.reviewDays,
    localSyncDays: sla.localSyncDays ?? DEFAULT_REPAIR_SLA.localSyncDays,
  };
  for (const [name, days] of Object.entries(resolved)) {
    if (!Number.isSafeInteger(days) || days < 1) {
      throw new CreditBridgeError({
        code: 'E_REPAIR_SLA',
        message: `[resolveRepairSla] ${name} must be a positive integer, got ${String(days)}`,
      });
    }
  }
  return resolved;
}

/**
 * The deadline of every step the repair has started, in working days counted from the day after the step
 * started (Shanghai calendar day of its timestamp). Steps not reached yet are absent.
 *
 * @example
 * repairDeadlines(state, createWorkingDayCalendar());
 * // [{ step: 'intake', dueDate: '2025-07-04', completedAt: '2025-07-02T09:00:00+08:00', late: false, … }, …]
 */
export function repairDeadlines(
  state: RepairState,
  calendar: WorkingDayCalendar,
  sla: RepairSlaOptions = {},
): RepairDeadline[] {
  const limits = resolveRepairSla(sla);
  const days: Record<RepairStep, number> = {
    intake: limits.intakeDays,
    review: limits.reviewDays,
    local_sync: limits.localSyncDays,
  };
  const deadlines: RepairDeadline[] = [];
  for (const { step, start, ends } of STEPS) {
    const startIndex = state.history.findIndex((entry) => entry.status === start);
    const started = state.history[startIndex];
    if (started === undefined) continue;
    const end = state.history.slice(startIndex + 1).find((entry) => ends.includes(entry.status));
    const startDate = shanghaiDateOf('repairDeadlines', started.at);
    const dueDate = calendar.addWorkingDays(startDate, days[step]);
    deadlines.push({
      step,
      startedAt: started.at,
      workingDays: days[step],
      dueDate,
      completedAt: end?.at ?? null,
      completedWith: end?.status ?? null,
      late: end !== undefined && compareDates(shanghaiDateOf('repairDeadlines', end.at), dueDate) > 0,
      calendarCovered: calendar.covers(startDate) && calendar.covers(dueDate),
    });
  }
  return deadlines;
}
