import { sm3 } from '../crypto/digest.js';
import type { CreditSeverity } from '../model/credit-severity.js';
import type { RepairMaterial, RepairReceipt, RepairRecord, RepairTarget } from '../model/repair-record.js';
import type { RepairHistoryEntry } from '../repair/repair-state.js';
import type { RepairStatus } from '../repair/repair-status.js';
import type { RepairActor } from '../repair/repair-transitions.js';
import { addDays, type CalendarDate } from '../time/index.js';
import type { Random } from './create-random.js';
import { generateSubject } from './generate-subject.js';
import { type Authority, authorityOf, type DepartmentKey } from './internal/authorities.js';
import { pickWeighted } from './internal/pick-weighted.js';
import { endOf, type RepairPath, repairPaths } from './internal/repair-paths.js';
import {
  BLACKLIST_MATERIALS,
  COMMITMENT_MATERIAL,
  COMPANY_MATERIALS,
  CREDIT_CHINA_DECIDER,
  PENALTY_MATERIALS,
  PERSON_MATERIALS,
  REPAIR_STEP_REASONS,
} from './internal/repair-texts.js';
import { resolveRecordOptions, syntheticRecordId } from './internal/resolve-record-options.js';
import { pastDate, shanghaiTimestamp } from './internal/synthetic-dates.js';
import { pickDistrict } from './internal/wuhan-districts.js';
import type { GenerateRecordOptions } from './synthetic-today.js';

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
const PENALTY_DEPARTMENTS: readonly DepartmentKey[] = ['samr', 'emergency', 'fire', 'urban', 'health', 'eco'];
const BLACKLIST_DEPARTMENTS: readonly DepartmentKey[] = ['samr', 'emergency', 'hrss', 'transport'];
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
const encoder = new TextEncoder();

/**
 * Generates a synthetic, valid 信用修复 application: it targets a penalty (`CF-…`) or blacklist entry
 * (`SXMD-…`) id, carries the subject, 失信程度, channel and 信用承诺书 reference, proof materials whose
 * `sm3` is the real SM3 digest of their synthetic content (`synthetic material <recordId> <commitmentRef>
 * <name>`, `sizeBytes` its UTF-8 length), and a history that walks the repair transition table with permitted
 * actors in time order during office hours, ending 30–540 days before `today`. A decision comes with
 * `approved`/`denied`, receipts with the sync steps. `overrides` replace generated fields; `status`,
 * `target`, `subject`, `severity` and `regionCode` there also shape the fields derived from them.
 *
 * @example
 * const repair = generateRepairRecord(createRandom(4), { status: 'approved' });
 * repair.history.map((entry) => entry.status); // ['submitted', 'accepted', 'under_review', …, 'approved']
 */
export function generateRepairRecord(
  random: Random,
  overrides: Partial<RepairRecord> = {},
  options: GenerateRecordOptions = {},
): RepairRecord {
  const { today, sequence } = resolveRecordOptions('generateRepairRecord', random, options);
  const district = pickDistrict(random, overrides.regionCode);
  const recordId = syntheticRecordId('XYXF', district.code, sequence);
  const targetType = overrides.target?.recordType ?? (random.chance(0.75) ? 'penalty' : 'blacklist');
  const target: RepairTarget = overrides.target ?? {
    recordType: targetType,
    recordId: syntheticRecordId(
      targetType === 'penalty' ? 'CF' : 'SXMD',
      district.code,
      random.int(1, 999_999),
    ),
  };
  const department = authorityOf(
    district,
    random.pick(targetType === 'penalty' ? PENALTY_DEPARTMENTS : BLACKLIST_DEPARTMENTS),
  );
  const subject = overrides.subject ?? generateSubject(random, { regionCode: district.code, today });
  const severity: CreditSeverity =
    overrides.severity ??
    (targetType === 'blacklist'
      ? 'serious'
      : pickWeighted<CreditSeverity>(random, [
          ['minor', 1],
          ['general', 6],
          ['serious', 3],
        ]));
  const path = pickPath(random, overrides.status);
  const submittedOn = pastDate(random, today, 30, 540);
  const history = walk(random, path, submittedOn, department, targetType === 'blacklist');
  const commitmentRef = `XYCN-${submittedOn.replaceAll('-', '')}-${String(random.int(1, 999_999)).padStart(6, '0')}`;
  const materialNames = [
    COMMITMENT_MATERIAL,
    ...(targetType === 'penalty' ? PENALTY_MATERIALS : BLACKLIST_MATERIALS).filter(() => random.chance(0.6)),
    ...(subject.category === 'natural_person' ? PERSON_MATERIALS : COMPANY_MATERIALS).filter(() =>
      random.chance(0.5),
    ),
  ];

  const record: RepairRecord = {
    recordId,
    version: 1,
    sourceSystem: authorityOf(district, 'credit').sourceSystem,
    regionCode: district.code,
    target,
    subject,
    severity,
    channel: random.chance(targetType === 'penalty' ? 0.8 : 0.3) ? 'online' : 'offline',
    commitmentRef,
    materials: materialNames.map((name) => material(`${recordId} ${commitmentRef} ${name}`, name)),
    status: endOf(path),
    history,
  };
  const decided = history.find((entry) => entry.status === 'approved' || entry.status === 'denied');
  if (decided !== undefined) {
    record.decision = {
      outcome: decided.status === 'approved' ? 'approved' : 'denied',
      decidedAt: decided.at,
      decidedBy: decided.actor.startsWith('credit_china') ? CREDIT_CHINA_DECIDER : department.name,
    };
    if (decided.reason !== undefined) record.decision.reason = decided.reason;
  }
  const receipts = receiptsOf(random, history);
  if (receipts.length > 0) record.receipts = receipts;
  return { ...record, ...overrides };
}

function pickPath(random: Random, status: RepairStatus | undefined): RepairPath {
  const end = status ?? pickWeighted(random, END_WEIGHTS);
  const candidates = repairPaths().filter((path) => endOf(path) === end);
  // A status the table cannot reach keeps the override alone; the history then stops at submission.
  return candidates.length > 0 ? random.pick(candidates) : [];
}

function walk(
  random: Random,
  path: RepairPath,
  submittedOn: CalendarDate,
  department: Authority,
  listedByDepartment: boolean,
): RepairHistoryEntry[] {
  let day = submittedOn;
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

function material(label: string, name: string): RepairMaterial {
  const content = `synthetic material ${label}`;
  return { name, sm3: sm3(content), sizeBytes: encoder.encode(content).length };
}

function receiptsOf(random: Random, history: readonly RepairHistoryEntry[]): RepairReceipt[] {
  const receipts: RepairReceipt[] = [];
  const add = (system: string, at: string): void => {
    const serial = String(random.int(1, 99_999_999)).padStart(8, '0');
    receipts.push({
      system,
      receiptId: `${system.toUpperCase()}-${at.slice(0, 10).replaceAll('-', '')}-${serial}`,
      receivedAt: at,
    });
  };
  for (const entry of history) {
    if (entry.status === 'synced_local') add('credit_wuhan', entry.at);
    if (entry.status === 'synced_third_parties') {
      add('credit_china', entry.at);
      add('third_parties', entry.at);
    }
  }
  return receipts;
}
