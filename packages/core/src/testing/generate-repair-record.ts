import { sm3 } from '../crypto/digest.js';
import type { CreditSeverity } from '../model/credit-severity.js';
import type { RepairMaterial, RepairReceipt, RepairRecord, RepairTarget } from '../model/repair-record.js';
import type { RepairHistoryEntry } from '../repair/repair-state.js';
import type { Random } from './create-random.js';
import { generateSubject } from './generate-subject.js';
import { authorityOf, type DepartmentKey } from './internal/authorities.js';
import { pickWeighted } from './internal/pick-weighted.js';
import { generateRepairHistory } from './internal/repair-history.js';
import {
  BLACKLIST_MATERIALS,
  COMMITMENT_MATERIAL,
  COMPANY_MATERIALS,
  CREDIT_CHINA_DECIDER,
  PENALTY_MATERIALS,
  PERSON_MATERIALS,
} from './internal/repair-texts.js';
import { resolveRecordOptions, syntheticRecordId } from './internal/resolve-record-options.js';
import { pastDate } from './internal/synthetic-dates.js';
import { pickDistrict } from './internal/wuhan-districts.js';
import type { GenerateRecordOptions } from './synthetic-today.js';

const PENALTY_DEPARTMENTS: readonly DepartmentKey[] = ['samr', 'emergency', 'fire', 'urban', 'health', 'eco'];
const BLACKLIST_DEPARTMENTS: readonly DepartmentKey[] = ['samr', 'emergency', 'hrss', 'transport'];
const encoder = new TextEncoder();

/**
 * Generates a synthetic, valid 信用修复 application: it targets a penalty (`CF-…`) or blacklist entry
 * (`SXMD-…`) id and carries the subject, 失信程度, channel and 信用承诺书 reference; its proof materials
 * have as `sm3` the real SM3 digest of their synthetic content, the text
 * `synthetic material <recordId> <commitmentRef> <name>`, and that text's UTF-8 length as `sizeBytes`.
 * The history walks the repair transition table with permitted actors, in time order during office
 * hours, from a submission 30–540 days before `today` (so even the longest walk ends before it). A
 * decision comes with `approved`/`denied`, receipts with the sync steps. `overrides` replace generated
 * fields; `status`, `target`, `subject`, `severity` and `regionCode` there also shape derived fields.
 *
 * @example
 * const repair = generateRepairRecord(createRandom(4), { status: 'approved' });
 * repair.history.map((entry) => entry.status);
 * // ['submitted', 'accepted', 'under_review', 'forwarded_to_department', 'approved']
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
  const submittedOn = pastDate(random, today, 30, 540);
  const history = generateRepairHistory(random, {
    status: overrides.status,
    submittedOn,
    department,
    listedByDepartment: targetType === 'blacklist',
  });
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
    status: (history[history.length - 1] as RepairHistoryEntry).status,
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
