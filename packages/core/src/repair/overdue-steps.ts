import type { WorkingDayCalendar } from '../calendar/create-working-day-calendar.js';
import { compareDates } from '../time/index.js';
import { shanghaiDateOf } from './internal/read-instant.js';
import { type RepairDeadline, type RepairSlaOptions, repairDeadlines } from './repair-deadlines.js';
import type { RepairState } from './repair-state.js';

/** A calendar, or a calendar with custom time limits. */
export type RepairClockOptions =
  | WorkingDayCalendar
  | { calendar: WorkingDayCalendar; sla?: RepairSlaOptions };

/**
 * The open steps whose due date has passed on `now`'s Shanghai calendar day: a step due on a day is on time
 * until that day ends. `now` is an ISO timestamp with offset (pass the injected clock's value).
 *
 * @example
 * overdueSteps(state, '2025-07-20T09:00:00+08:00', createWorkingDayCalendar()).map((d) => d.step); // ['review']
 */
export function overdueSteps(state: RepairState, now: string, clock: RepairClockOptions): RepairDeadline[] {
  const { calendar, sla } = 'isWorkingDay' in clock ? { calendar: clock, sla: undefined } : clock;
  const today = shanghaiDateOf('overdueSteps', now);
  return repairDeadlines(state, calendar, sla).filter(
    (deadline) => deadline.completedAt === null && compareDates(today, deadline.dueDate) > 0,
  );
}
