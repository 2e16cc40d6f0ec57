import { isCalendarDate } from '../../time/calendar-date.js';
import { type IssuePath, readString } from './read-path.js';
import type { RuleContext } from './rule-context.js';

/**
 * A decision or event date (or an ISO timestamp, judged by its Shanghai day) may not lie after today
 * (domain reference §9.4).
 */
export function checkNotFuture(context: RuleContext, path: IssuePath): void {
  const value = readString(context.input, path);
  const day = value?.slice(0, 10);
  if (day !== undefined && isCalendarDate(day) && day > context.today) {
    context.collector.add(path, 'E_DATE_FUTURE', `lies after today (${context.today})`);
  }
}

/** `startPath` ≤ `endPath`, both dates; the issue goes on the end. Absent or malformed dates are skipped. */
export function checkDateOrder(context: RuleContext, startPath: IssuePath, endPath: IssuePath): void {
  const start = readString(context.input, startPath);
  const end = readString(context.input, endPath);
  if (isCalendarDate(start) && isCalendarDate(end) && end < start) {
    context.collector.add(endPath, 'E_DATE_ORDER', `lies before ${startPath.join('.')} (${start})`);
  }
}
