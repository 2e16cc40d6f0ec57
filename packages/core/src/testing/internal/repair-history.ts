import type { RepairHistoryEntry } from '../../repair/repair-state.js';
import type { RepairStatus } from '../../repair/repair-status.js';
import type { RepairActor } from '../../repair/repair-transitions.js';
import { addDays, type CalendarDate } from '../../time/index.js';
import type { Random } from '../create-random.js';
import type { Authority } from './authorities.js';
import { pickWeighted } from './pick-weighted.js';
import { endOf, type RepairPath, repairPaths } from './repair-paths.js';
import { REPAIR_STEP_REASONS } from './repair-texts.js';
import { shanghaiTimestamp } from './synthetic-dates.js';

// How often each final status occurs by default: most applications in a data set are finished.
const END_WEIGHTS: readonly (readonly [RepairStatus, number])[] = [
  ['submitted', 4],
  ['accepted', 3],
  ['rejected_at_intake', 4],
  ['under_review', 6],
  ['forwarded_to_department', 4],
  ['approved', 4],
  ['denied', 8],
  ['synced_local', 8],
  ['synced_third_parties', 25],
  ['withdrawn', 4],
];
// Working days between steps, as [min, max] calendar days; 0 means later the same day.
const STEP_DAYS: Readonly<Record<RepairStatus, readonly [number, number]>> = {
  submitted: [0, 0],
  accepted: [1, 3],
  rejected_at_intake: [1, 3],
  under_review: [0, 0],
  forwarded_to_department: [1, 3],
  approved: [2, 10],
  denied: [2, 10],
  synced_local: [0, 3],
  synced_third_parties: [0, 2],
  withdrawn: [1, 5],
};
const OPEN_MINUTE = 8 * 60 + 30;
const CLOSE_MINUTE = 17 * 60 + 30;

function pickPath(random: Random, status: RepairStatus | undefined): RepairPath {
  const end = status ?? pickWeighted(random, END_WEIGHTS);
  const candidates = repairPaths().filter((path) => endOf(path) === end);
  // A status the table cannot reach keeps the override alone; the history then stops at submission.
  return candidates.length > 0 ? random.pick(candidates) : [];
}

/** What {@link generateRepairHistory} needs. */
export interface RepairHistoryInput {
  /** The status to end in; default a weighted pick. */
  status: RepairStatus | undefined;
  submittedOn: CalendarDate;
  /** The department that decides (谁认定、谁修复). */
  department: Authority;
  /** A blacklist repair goes to the listing department wherever the table lets it act. */
  listedByDepartment: boolean;
}

/**
 * A history from submission along a walk of the transition table that ends in `input.status`, each step
 * by an actor the table permits, timed in office hours and in order.
 */
export function generateRepairHistory(random: Random, input: RepairHistoryInput): RepairHistoryEntry[] {
  return walk(random, pickPath(random, input.status), input);
}

function walk(random: Random, path: RepairPath, input: RepairHistoryInput): RepairHistoryEntry[] {
  const { department, listedByDepartment } = input;
  let day = input.submittedOn;
  let minute = random.int(OPEN_MINUTE, CLOSE_MINUTE - 60);
  const history: RepairHistoryEntry[] = [
    { status: 'submitted', at: shanghaiTimestamp(random, day, minute), actor: 'applicant' },
  ];
  for (const rule of path) {
    const [minDays, maxDays] = STEP_DAYS[rule.to];
    const days = random.int(minDays, maxDays);
    if (days > 0) {
      day = addDays(day, days);
      minute = random.int(OPEN_MINUTE, CLOSE_MINUTE - 60);
    } else {
      minute += random.int(5, 90);
      if (minute > CLOSE_MINUTE) {
        day = addDays(day, 1);
        minute = random.int(OPEN_MINUTE, OPEN_MINUTE + 90);
      }
    }
    // A 严重失信主体名单 repair is handled by the listing department itself (domain reference §4.4).
    const preferred = rule.actors.filter((actor) => actor === 'department');
    const role: RepairActor = random.pick(
      listedByDepartment && preferred.length > 0 ? preferred : rule.actors,
    );
    const entry: RepairHistoryEntry = {
      status: rule.to,
      at: shanghaiTimestamp(random, day, minute),
      actor: role === 'department' ? `department:${department.sourceSystem}` : role,
    };
    const reason = REPAIR_STEP_REASONS[rule.to];
    if (reason !== undefined) entry.reason = reason;
    history.push(entry);
  }
  return history;
}
