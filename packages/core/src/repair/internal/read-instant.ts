import { CreditBridgeError } from '../../errors/credit-bridge-error.js';
import { type CalendarDate, isCalendarDate, todayInShanghai } from '../../time/index.js';

// ISO 8601 with an explicit offset: without one an instant depends on the machine's time zone.
const ISO_WITH_OFFSET =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Milliseconds since the epoch of an ISO timestamp with offset, or `undefined` when it is not one. */
export function readInstant(at: unknown): number | undefined {
  const match = typeof at === 'string' ? ISO_WITH_OFFSET.exec(at) : null;
  // Date.parse accepts 02-30 and rolls it over, so the day is checked on its own first.
  if (match === null || !isCalendarDate(match[1]) || typeof at !== 'string') return undefined;
  const ms = Date.parse(at);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The Shanghai calendar day of an ISO timestamp, throwing `E_REPAIR_TIME` when it is not one. */
export function shanghaiDateOf(operation: string, at: string): CalendarDate {
  const ms = readInstant(at);
  if (ms === undefined) {
    throw new CreditBridgeError({
      code: 'E_REPAIR_TIME',
      message: `[${operation}] ${JSON.stringify(at)} is not an ISO timestamp with offset`,
    });
  }
  return todayInShanghai(ms);
}
