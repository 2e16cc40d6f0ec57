import type { LicenseRecord } from '../model/license-record.js';
import type { Subject } from '../model/subject.js';
import { addDays, addYears, compareDates } from '../time/index.js';
import type { Random } from './create-random.js';
import { generateSubject } from './generate-subject.js';
import { authorityOf } from './internal/authorities.js';
import { LICENSE_SCENARIOS } from './internal/license-scenarios.js';
import { resolveRecordOptions, syntheticRecordId } from './internal/resolve-record-options.js';
import { earlierOf, pastDate } from './internal/synthetic-dates.js';
import { pickDistrict } from './internal/wuhan-districts.js';
import type { GenerateRecordOptions } from './synthetic-today.js';

/**
 * Generates a synthetic, valid 行政许可 record: a licence a Wuhan district department grants (food
 * business, public-place hygiene, construction, road transport, tobacco retail, special equipment,
 * pollutant discharge, physician registration) with its category, certificate name and number, a decision
 * date in the last five years, a validity that starts on it, and a status that agrees with `today`
 * (`valid` until `validTo`, then `invalid`). `overrides` replace generated fields; `subject`, `regionCode`
 * and `decisionDate` given there also shape the fields derived from them.
 *
 * @example
 * const license = generateLicenseRecord(createRandom(2), {}, { today: '2026-06-30', sequence: 1 });
 * license.recordId; // 'XK-420106-000001'
 */
export function generateLicenseRecord(
  random: Random,
  overrides: Partial<LicenseRecord> = {},
  options: GenerateRecordOptions = {},
): LicenseRecord {
  const { today, sequence } = resolveRecordOptions('generateLicenseRecord', random, options);
  const category = overrides.subject?.category;
  const fitting =
    category === undefined
      ? LICENSE_SCENARIOS
      : LICENSE_SCENARIOS.filter((scenario) => scenario.subjects.includes(category));
  const scenario = random.pick(fitting);
  const district = pickDistrict(random, overrides.regionCode);
  const authority = authorityOf(district, scenario.department);
  const subject =
    overrides.subject ??
    generateSubject(random, { category: random.pick(scenario.subjects), regionCode: district.code, today });
  const decisionDate = overrides.decisionDate ?? pastDate(random, today, 0, 5 * 365);
  // Most licences run from the decision day; some from a few days later, never after today.
  const validFrom = random.chance(0.8)
    ? decisionDate
    : earlierOf(addDays(decisionDate, random.int(1, 10)), today);
  const validTo = addDays(addYears(validFrom, scenario.years), -1);
  const status = compareDates(validTo, today) >= 0 ? 'valid' : 'invalid';

  const record: LicenseRecord = {
    recordId: syntheticRecordId('XK', district.code, sequence),
    version: 1,
    sourceSystem: authority.sourceSystem,
    regionCode: district.code,
    subject,
    decisionDocName: scenario.decisionDocName,
    decisionNo: `${authority.prefix}许〔${decisionDate.slice(0, 4)}〕${random.int(1, 5_000)}号`,
    category: scenario.category,
    certificateName: scenario.certificateName,
    certificateNo: scenario.certificateNo(random, {
      regionCode: district.code,
      subjectCode: subjectCode(subject),
      year: decisionDate.slice(0, 4),
    }),
    content: scenario.content,
    decisionDate,
    validFrom,
    validTo,
    authority: authority.name,
    authorityUscc: authority.uscc,
    status,
    dataSource: authority.name,
    dataSourceUscc: authority.uscc,
  };
  if (status === 'invalid') record.remarks = '许可有效期届满未申请延续。';
  return { ...record, ...overrides };
}

function subjectCode(subject: Subject): string {
  return subject.category === 'natural_person' ? subject.idNumber : subject.uscc;
}
