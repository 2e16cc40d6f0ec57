import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import { SUBJECT_CATEGORIES, type SubjectCategory } from '../model/code-tables.js';
import type { Subject } from '../model/subject.js';
import { type CalendarDate, isCalendarDate } from '../time/index.js';
import type { Random } from './create-random.js';
import { generateCompanyName } from './generate-company-name.js';
import { generateIdNumber } from './generate-id-number.js';
import { generatePersonName } from './generate-person-name.js';
import { generateUscc } from './generate-uscc.js';
import { pickWeighted } from './internal/pick-weighted.js';
import { pickDistrict, type WuhanDistrict } from './internal/wuhan-districts.js';
import { SYNTHETIC_TODAY } from './synthetic-today.js';

/** Options of {@link generateSubject}. */
export interface GenerateSubjectOptions<C extends SubjectCategory = SubjectCategory> {
  /** Default: legal person 60 %, individual business 25 %, natural person 15 %. */
  category?: C | undefined;
  /** Region of the USCC and identity numbers; default a random Wuhan district. */
  regionCode?: string | undefined;
  /** People are born 20–70 years before this day; default `SYNTHETIC_TODAY`. */
  today?: CalendarDate | undefined;
}

const CATEGORY_WEIGHTS: readonly (readonly [SubjectCategory, number])[] = [
  ['legal_person', 12],
  ['individual_business', 5],
  ['natural_person', 3],
];
const SHOP_BRANDS = [
  '鑫隆',
  '惠民',
  '福满',
  '佳佳',
  '老街',
  '聚源',
  '顺发',
  '好邻居',
  '红旗',
  '永兴',
] as const;
const SHOP_TYPES = [
  '小吃店',
  '便利店',
  '五金店',
  '理发店',
  '水果店',
  '早餐店',
  '汽车修理部',
  '干洗店',
  '烟酒店',
  '副食店',
] as const;

/**
 * Generates a synthetic subject (行政相对人): a legal person with a `91…` USCC and a legal
 * representative, an individual business with a `92…` USCC and its operator, or a natural person with
 * an identity card number. Every code passes its checks; every name and number comes from the
 * synthetic generators, so it names no one.
 *
 * @example
 * const subject = generateSubject(createRandom(1), { category: 'legal_person' });
 * subject.uscc; // '91420113MAGYY8JN3J'
 */
export function generateSubject<C extends SubjectCategory = SubjectCategory>(
  random: Random,
  options: GenerateSubjectOptions<C> = {},
): Extract<Subject, { category: C }> {
  const today = options.today ?? SYNTHETIC_TODAY;
  if (options.category !== undefined && !SUBJECT_CATEGORIES.includes(options.category)) {
    throw argumentError(`category must be one of ${SUBJECT_CATEGORIES.join(', ')}`);
  }
  if (!isCalendarDate(today)) throw argumentError('today must be a YYYY-MM-DD calendar date');
  const category = options.category ?? pickWeighted(random, CATEGORY_WEIGHTS);
  const district = pickDistrict(random, options.regionCode);
  const year = Number(today.slice(0, 4));
  const context: SubjectContext = {
    district,
    regionCode: options.regionCode ?? district.code,
    birthYearRange: [year - 70, year - 20],
  };
  return buildSubject(random, category, context) as Extract<Subject, { category: C }>;
}

interface SubjectContext {
  district: WuhanDistrict;
  regionCode: string;
  birthYearRange: [number, number];
}

function buildSubject(random: Random, category: SubjectCategory, context: SubjectContext): Subject {
  const { regionCode } = context;
  switch (category) {
    case 'legal_person': {
      const uscc = generateUscc(random, { department: '9', category: '1', regionCode });
      const legalRepresentative = generatePersonName(random);
      return {
        category,
        name: generateCompanyName(random),
        uscc,
        orgCode: uscc.slice(8, 17),
        legalRepresentative,
        legalRepIdType: 'id_card',
        legalRepIdNumber: idNumber(random, context),
      };
    }
    case 'individual_business': {
      const uscc = generateUscc(random, { department: '9', category: '2', regionCode });
      const legalRepresentative = generatePersonName(random);
      return {
        category,
        name: `${context.district.short}区${random.pick(SHOP_BRANDS)}${random.pick(SHOP_TYPES)}`,
        uscc,
        legalRepresentative,
        legalRepIdType: 'id_card',
        legalRepIdNumber: idNumber(random, context),
      };
    }
    case 'natural_person':
      return {
        category,
        name: generatePersonName(random),
        idType: 'id_card',
        idNumber: idNumber(random, context),
      };
  }
}

function idNumber(random: Random, context: SubjectContext): string {
  return generateIdNumber(random, { regionCode: context.regionCode, birthYearRange: context.birthYearRange });
}

function argumentError(problem: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_ARGUMENT', message: `[generateSubject] ${problem}` });
}
