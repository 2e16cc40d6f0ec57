import { PENALTY_KIND_LABELS, type PenaltyKind } from '../model/code-tables.js';
import type { PenaltyRecord } from '../model/penalty-record.js';
import { addDays, addMonths } from '../time/index.js';
import type { Random } from './create-random.js';
import { generateSubject } from './generate-subject.js';
import { authorityOf } from './internal/authorities.js';
import {
  DEFAULT_CONFISCATION_YUAN,
  DEFAULT_FINE_YUAN,
  PENALTY_SCENARIOS,
} from './internal/penalty-scenarios.js';
import { publicationEnd } from './internal/publication-end.js';
import { resolveRecordOptions, syntheticRecordId } from './internal/resolve-record-options.js';
import { chineseDate, pastDate } from './internal/synthetic-dates.js';
import { pickDistrict } from './internal/wuhan-districts.js';
import type { GenerateRecordOptions } from './synthetic-today.js';

const CONFISCATING: readonly PenaltyKind[] = [
  'confiscate_illegal_gains',
  'confiscate_illegal_property',
  'legacy_confiscation',
];
const LICENSING: readonly PenaltyKind[] = [
  'suspend_license',
  'revoke_license',
  'legacy_suspend_or_revoke_license',
];

/**
 * Generates a synthetic, valid 行政处罚 record: a case of a Wuhan district department (food safety,
 * work safety, fire, city management, health, transport, environment, construction) with its legal
 * basis, a decision number such as `汉南市监罚〔2026〕128号`, kinds and amounts that agree with the
 * content (`fine` ⇒ `fineFen` and `罚款…元` in the content), a decision date in the last three years and
 * a publication end from the rule set in force. `overrides` replace generated fields; `subject`,
 * `regionCode`, `kinds`, `severity` and `decisionDate` given there also shape the fields derived from them.
 *
 * @example
 * const penalty = generatePenaltyRecord(createRandom(1), { kinds: ['fine'] }, { sequence: 1 });
 * penalty.content; // '罚款4100元'
 * penalty.fineFen; // 410000
 */
export function generatePenaltyRecord(
  random: Random,
  overrides: Partial<PenaltyRecord> = {},
  options: GenerateRecordOptions = {},
): PenaltyRecord {
  const { today, sequence } = resolveRecordOptions('generatePenaltyRecord', random, options);
  const category = overrides.subject?.category;
  const fitting =
    category === undefined
      ? PENALTY_SCENARIOS
      : PENALTY_SCENARIOS.filter((scenario) => scenario.subjects.includes(category));
  const scenario = random.pick(fitting);
  const district = pickDistrict(random, overrides.regionCode);
  const authority = authorityOf(district, scenario.department);
  const subject =
    overrides.subject ??
    generateSubject(random, { category: random.pick(scenario.subjects), regionCode: district.code, today });
  const decisionDate = overrides.decisionDate ?? pastDate(random, today, 0, 3 * 365);
  const kinds = overrides.kinds ?? [...random.pick(scenario.kinds)];
  const severity = overrides.severity ?? random.pick(scenario.severities);

  const fineYuan = kinds.includes('fine')
    ? roundedYuan(random, scenario.fineYuan ?? DEFAULT_FINE_YUAN)
    : undefined;
  const confiscationYuan = kinds.some((kind) => CONFISCATING.includes(kind))
    ? roundedYuan(random, scenario.confiscationYuan ?? DEFAULT_CONFISCATION_YUAN)
    : undefined;
  const license = kinds.some((kind) => LICENSING.includes(kind))
    ? `${scenario.license ?? '营业执照'}（编号：${district.code}${String(random.int(0, 99_999_999)).padStart(8, '0')}）`
    : undefined;
  const publicationEndDate = publicationEnd({
    recordType: 'penalty',
    decisionDate,
    severity,
    sector: scenario.sector,
  });
  const found = addDays(decisionDate, -random.int(15, 75));

  const record: PenaltyRecord = {
    recordId: syntheticRecordId('CF', district.code, sequence),
    version: 1,
    sourceSystem: authority.sourceSystem,
    regionCode: district.code,
    subject,
    decisionNo: `${authority.prefix}罚〔${decisionDate.slice(0, 4)}〕${random.int(1, 2_000)}号`,
    violationType: scenario.violationType,
    facts: scenario.facts.replace('{date}', chineseDate(found)),
    legalBasis: scenario.legalBasis,
    kinds,
    content: kinds.map((kind) => contentOf(kind, fineYuan, confiscationYuan, license)).join('，'),
    decisionDate,
    // Minor penalties may stay unpublished (2025 plan); their 处罚有效期 is then the three-month maximum.
    validUntil: publicationEndDate ?? addMonths(decisionDate, 3),
    authority: authority.name,
    authorityUscc: authority.uscc,
    dataSource: authority.name,
    dataSourceUscc: authority.uscc,
    severity,
    sector: scenario.sector,
  };
  if (fineYuan !== undefined) record.fineFen = fineYuan * 100;
  if (confiscationYuan !== undefined) record.confiscationFen = confiscationYuan * 100;
  if (license !== undefined) record.suspendedOrRevokedLicense = license;
  if (publicationEndDate !== null) record.publicationEndDate = publicationEndDate;
  return { ...record, ...overrides };
}

function contentOf(
  kind: PenaltyKind,
  fineYuan: number | undefined,
  confiscationYuan: number | undefined,
  license: string | undefined,
): string {
  switch (kind) {
    case 'fine':
      return `罚款${fineYuan}元`;
    case 'confiscate_illegal_gains':
      return `没收违法所得${confiscationYuan}元`;
    case 'legacy_confiscation':
      return `没收违法所得、没收非法财物${confiscationYuan}元`;
    case 'confiscate_illegal_property':
      return `没收非法财物（价值${confiscationYuan}元）`;
    case 'suspend_license':
      return `暂扣${license}`;
    case 'revoke_license':
    case 'legacy_suspend_or_revoke_license':
      return `吊销${license}`;
    case 'warning':
    case 'public_criticism':
    case 'downgrade_qualification':
    case 'restrict_operations':
    case 'order_suspension':
    case 'order_closure':
    case 'restrict_employment':
    case 'administrative_detention':
    case 'other':
      return PENALTY_KIND_LABELS[kind];
  }
}

// Decisions state round amounts: whole thousands above 10 000 元, hundreds above 1 000 元, else tens.
function roundedYuan(random: Random, [min, max]: readonly [number, number]): number {
  const step = min >= 10_000 ? 1_000 : min >= 1_000 ? 100 : 10;
  return random.int(Math.ceil(min / step), Math.floor(max / step)) * step;
}
