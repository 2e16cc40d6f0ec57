import {
  type BlacklistEntry,
  type CalendarDate,
  type PenaltyRecord,
  type RepairRecord,
  type Subject,
  toWireRecord,
  type WireRow,
} from '@credit-bridge/core';
import {
  CORRUPTION_ISSUE_CODES,
  type CorruptionRule,
  corruptRecord,
  createRandom,
  generateRecords,
  generateRepairRecord,
} from '@credit-bridge/core/testing';

/** How big the demo's exports are. */
export interface DemoSizes {
  readonly penalties: number;
  readonly blacklist: number;
}

/** The default sizes: big enough for progress to show, small enough to finish in seconds. */
export const DEMO_SIZES: DemoSizes = { penalties: 1_200, blacklist: 24 };

/** A row the demo breaks on purpose, and the rule a sync will reject it by. */
export interface DemoBadRow {
  readonly file: 'penalties' | 'blacklist';
  /** 1-based data row. */
  readonly rowNumber: number;
  readonly rule: string;
}

/** The demo's synthetic district data: wire rows for the export files, and the records behind them. */
export interface DemoDataset {
  readonly today: CalendarDate;
  readonly penaltyRows: readonly WireRow[];
  readonly blacklistRows: readonly WireRow[];
  readonly repairRows: readonly WireRow[];
  readonly badRows: readonly DemoBadRow[];
  /** The valid records, as a platform that accepted them would hold them. */
  readonly accepted: {
    readonly penalty: readonly PenaltyRecord[];
    readonly blacklist: readonly BlacklistEntry[];
    readonly repair: readonly RepairRecord[];
  };
  /** Subjects to check after the sync: listed, repaired (no longer listed), never listed. */
  readonly checks: readonly {
    readonly subject: Subject;
    readonly expect: 'listed' | 'not_listed';
    /** Why, for the demo's output. */
    readonly why: string;
  }[];
  /** A subject with a penalty in publication, for the credit report. */
  readonly reportSubject: Subject;
}

const SEED = 2026;
// Broken on purpose: each becomes a dead letter with the rule named in the README.
const PENALTY_CORRUPTIONS: readonly (readonly [number, CorruptionRule])[] = [
  [7, 'uscc_checksum'],
  [302, 'missing_required'],
  [846, 'future_date'],
];
const BLACKLIST_CORRUPTIONS: readonly (readonly [number, CorruptionRule])[] = [[11, 'id_checksum']];
const REPAIRED_BLACKLIST = [0, 1];
const REPAIRED_PENALTIES = [0, 1, 2];

/**
 * Builds the demo's data, the same every time for the same `today`: 双公示 penalties (a few rows broken
 * by one rule each, and one with a date no layout reads), blacklist decisions (one broken) and approved
 * repairs of some of those penalties and listings. Synthetic only (`@credit-bridge/core/testing`).
 *
 * @example
 * const dataset = buildDemoDataset({ today: '2026-06-30' });
 * dataset.badRows; // [{ file: 'penalties', rowNumber: 7, rule: 'E_USCC_CHECKSUM' }, …]
 */
export function buildDemoDataset(options: { today: CalendarDate; sizes?: DemoSizes }): DemoDataset {
  const { today } = options;
  const sizes = options.sizes ?? DEMO_SIZES;
  const random = createRandom(SEED);
  const penalties = generateRecords('penalty', { seed: SEED, count: sizes.penalties, today });
  const blacklist = generateRecords('blacklist', { seed: SEED + 1, count: sizes.blacklist, today }).map(
    (entry): BlacklistEntry => ({ ...entry, action: 'list' }),
  );
  const badRows: DemoBadRow[] = [];
  const penaltyRows = penalties.map((record, index) => {
    const corruption = PENALTY_CORRUPTIONS.find(([row]) => row === index + 1);
    if (corruption === undefined) return toWireRecord('penalty', record);
    badRows.push({ file: 'penalties', rowNumber: index + 1, rule: ruleCode('penalty', corruption[1]) });
    return toWireRecord('penalty', corruptRecord(random, record, corruption[1]) as PenaltyRecord);
  });
  // An export typed by hand: a decision date no date layout reads.
  const handTyped = Math.min(penaltyRows.length, 1_100) - 1;
  const typed = penaltyRows[handTyped];
  if (typed !== undefined && !badRows.some((bad) => bad.rowNumber === handTyped + 1)) {
    penaltyRows[handTyped] = { ...typed, CF_JDRQ: '2025年13月45日' };
    badRows.push({ file: 'penalties', rowNumber: handTyped + 1, rule: 'E_FORMAT' });
  }
  const blacklistRows = blacklist.map((entry, index) => {
    const corruption = BLACKLIST_CORRUPTIONS.find(([row]) => row === index + 1);
    if (corruption === undefined) return toWireRecord('blacklist', entry);
    badRows.push({ file: 'blacklist', rowNumber: index + 1, rule: ruleCode('blacklist', corruption[1]) });
    return toWireRecord('blacklist', corruptRecord(random, entry, corruption[1]) as BlacklistEntry);
  });
  const bad = new Set(badRows.map((row) => `${row.file}:${row.rowNumber}`));
  const repairs = [
    ...REPAIRED_PENALTIES.flatMap((index) => {
      const target = penalties[index];
      return target === undefined ? [] : [repairOf(random, target, 'penalty', today)];
    }),
    ...REPAIRED_BLACKLIST.flatMap((index) => {
      const target = blacklist[index];
      return target === undefined ? [] : [repairOf(random, target, 'blacklist', today)];
    }),
  ];
  const validPenalties = penalties.filter((_, index) => !bad.has(`penalties:${index + 1}`));
  const validBlacklist = blacklist.filter((_, index) => !bad.has(`blacklist:${index + 1}`));
  const listed = validBlacklist.find((_, index) => !REPAIRED_BLACKLIST.includes(index));
  const repaired = blacklist[REPAIRED_BLACKLIST[0] ?? 0];
  const clean = validPenalties.at(-1);
  return {
    today,
    penaltyRows,
    blacklistRows,
    repairRows: repairs.map((repair) => toWireRecord('repair', repair)),
    badRows,
    accepted: { penalty: validPenalties, blacklist: validBlacklist, repair: repairs },
    checks: [
      ...(listed === undefined
        ? []
        : [{ subject: listed.subject, expect: 'listed' as const, why: 'listed by blacklist.jsonl' }]),
      ...(repaired === undefined
        ? []
        : [
            {
              subject: repaired.subject,
              expect: 'not_listed' as const,
              why: 'its listing ended by a repair in repairs.jsonl',
            },
          ]),
      ...(clean === undefined
        ? []
        : [{ subject: clean.subject, expect: 'not_listed' as const, why: 'a penalty, never listed' }]),
    ],
    reportSubject: (validPenalties[REPAIRED_PENALTIES.length] ?? validPenalties[0] ?? penalties[0])
      ?.subject as Subject,
  };
}

function ruleCode(type: 'penalty' | 'blacklist', rule: CorruptionRule): string {
  return CORRUPTION_ISSUE_CODES[type][rule] ?? rule;
}

function repairOf(
  random: ReturnType<typeof createRandom>,
  target: PenaltyRecord | BlacklistEntry,
  recordType: 'penalty' | 'blacklist',
  today: CalendarDate,
): RepairRecord {
  return generateRepairRecord(
    random,
    {
      status: 'approved',
      target: { recordType, recordId: target.recordId },
      subject: target.subject,
      regionCode: target.regionCode,
    },
    { today },
  );
}
