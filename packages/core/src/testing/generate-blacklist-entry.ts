import type { BlacklistEntry } from '../model/blacklist-entry.js';
import { addDays, compareDates, daysBetween } from '../time/index.js';
import type { Random } from './create-random.js';
import { generateSubject } from './generate-subject.js';
import { authorityOf } from './internal/authorities.js';
import {
  BLACKLIST_REMEDY,
  BLACKLIST_SCENARIOS,
  EXPIRY_REMOVAL_REASON,
} from './internal/blacklist-scenarios.js';
import { publicationEnd } from './internal/publication-end.js';
import { resolveRecordOptions, syntheticRecordId } from './internal/resolve-record-options.js';
import { chineseDate, earlierOf, pastDate } from './internal/synthetic-dates.js';
import { pickDistrict } from './internal/wuhan-districts.js';
import type { GenerateRecordOptions } from './synthetic-today.js';

/**
 * Generates a synthetic, valid 严重失信主体名单 entry: a listing (`action: 'list'`, the default) by a Wuhan
 * district department, with list type, reason, basis, decision number, listing date in the last three
 * years, planned removal date from the publication rules, removal conditions, remedy and sanctions. With
 * `{ action: 'remove' }` it yields a removal: listed at least a year ago, removed early after that year
 * or when the listing period ran out, with removal date, reason and authority. `overrides` replace
 * generated fields; `action`, `subject`, `regionCode` and `listedDate` there also shape derived fields.
 *
 * @example
 * const removal = generateBlacklistEntry(createRandom(3), { action: 'remove' });
 * [removal.listedDate, removal.removedDate]; // ['2022-09-08', '2025-09-08']
 */
export function generateBlacklistEntry(
  random: Random,
  overrides: Partial<BlacklistEntry> = {},
  options: GenerateRecordOptions = {},
): BlacklistEntry {
  const { today, sequence } = resolveRecordOptions('generateBlacklistEntry', random, options);
  const action = overrides.action ?? 'list';
  const category = overrides.subject?.category;
  const fitting =
    category === undefined
      ? BLACKLIST_SCENARIOS
      : BLACKLIST_SCENARIOS.filter((scenario) => scenario.subjects.includes(category));
  const scenario = random.pick(fitting);
  const district = pickDistrict(random, overrides.regionCode);
  const authority = authorityOf(district, scenario.department);
  const subject =
    overrides.subject ??
    generateSubject(random, { category: random.pick(scenario.subjects), regionCode: district.code, today });
  // A removal needs the one-year minimum behind it (early removal) or the whole period (expiry).
  const listedDate =
    overrides.listedDate ??
    (action === 'remove' ? pastDate(random, today, 366, 4 * 365) : pastDate(random, today, 0, 3 * 365));
  const validUntil =
    publicationEnd({ recordType: 'blacklist', decisionDate: listedDate, severity: 'serious' }) ??
    addDays(listedDate, 3 * 365);

  const entry: BlacklistEntry = {
    recordId: syntheticRecordId('SXMD', district.code, sequence),
    version: 1,
    sourceSystem: authority.sourceSystem,
    regionCode: district.code,
    action,
    subject,
    listType: scenario.listType,
    reason: scenario.reason.replace('{date}', chineseDate(addDays(listedDate, -random.int(20, 90)))),
    legalBasis: scenario.legalBasis,
    authority: authority.name,
    authorityUscc: authority.uscc,
    decisionNo: `${authority.prefix}信〔${listedDate.slice(0, 4)}〕${random.int(1, 300)}号`,
    listedDate,
    validUntil,
    removalConditions: scenario.removalConditions,
    remedy: BLACKLIST_REMEDY,
    sanctions: scenario.sanctions,
    dataSource: authority.name,
    dataSourceUscc: authority.uscc,
  };
  if (action === 'remove') {
    const expired = compareDates(validUntil, today) <= 0;
    const earliest = earlierOf(addDays(listedDate, 365), today);
    entry.removedDate = expired
      ? validUntil
      : addDays(earliest, random.int(0, Math.max(0, daysBetween(earliest, today))));
    entry.removalReason = expired ? EXPIRY_REMOVAL_REASON : scenario.earlyRemovalReason;
    entry.removalAuthority = authority.name;
  }
  return { ...entry, ...overrides };
}
