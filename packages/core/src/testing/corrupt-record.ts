import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import { USCC_CHARSET } from '../ids/compute-uscc-check-char.js';
import type { AnyRecord } from '../model/record-schemas.js';
import type { RecordType } from '../model/record-type.js';
import type { Subject } from '../model/subject.js';
import { addDays, addYears } from '../time/index.js';
import { CORRUPTION_ISSUE_CODES, CORRUPTION_RULES, type CorruptionRule } from './corruption-rules.js';
import type { Random } from './create-random.js';
import { generateSubject } from './generate-subject.js';

/** A record after `corruptRecord`: the same fields, no longer guaranteed to fit its type. */
export type CorruptedRecord = Record<string, unknown>;

type Editable = Record<string, unknown>;

const REQUIRED: Readonly<Record<RecordType, readonly string[]>> = {
  penalty: ['decisionNo', 'violationType', 'facts', 'legalBasis', 'content', 'authority', 'dataSource'],
  license: ['decisionDocName', 'decisionNo', 'certificateName', 'content', 'authority', 'dataSource'],
  blacklist: ['listType', 'reason', 'legalBasis', 'decisionNo', 'removalConditions', 'remedy', 'dataSource'],
  repair: ['commitmentRef', 'severity', 'channel'],
};
// Each enum-coded field with the Chinese word a careless mapping would leave in it.
const ENUM_FIELDS: Readonly<Record<RecordType, readonly (readonly [string, string])[]>> = {
  penalty: [
    ['kinds', '罚款'],
    ['severity', '严重'],
    ['sector', '消防'],
  ],
  license: [
    ['category', '普通'],
    ['status', '有效'],
  ],
  blacklist: [['action', '列入']],
  repair: [
    ['channel', '线上'],
    ['severity', '一般'],
  ],
};

/**
 * Returns a deep copy of a valid generated record broken by one rule of `CORRUPTION_RULES`, so that
 * `validateRecord` reports exactly one issue, with the code `CORRUPTION_ISSUE_CODES[type][rule]`:
 * `uscc_checksum` → `E_USCC_CHECKSUM` (the subject's USCC, else the authority's, else a legal-person
 * subject put in), `id_checksum` → `E_ID_CHECKSUM` (the person's or legal representative's number),
 * `missing_required` → `E_REQUIRED`, `future_date` → `E_DATE_FUTURE` (the latest decision or event moved
 * 30–60 years ahead, later dates with it), `date_order` → `E_DATE_ORDER` (`E_HISTORY_ORDER` for a
 * repair), `bad_enum` → `E_ENUM`, `fine_missing` → `E_FINE_REQUIRED`. For tests of dead-letter paths.
 * Throws `CreditBridgeError` `E_ARGUMENT` for an unknown rule or one that does not apply to the type.
 *
 * @example
 * const broken = corruptRecord(createRandom(1), generatePenaltyRecord(createRandom(2)), 'uscc_checksum');
 * validateRecord('penalty', broken, { today: SYNTHETIC_TODAY }); // issues: [{ code: 'E_USCC_CHECKSUM', … }]
 */
export function corruptRecord(random: Random, record: AnyRecord, rule: CorruptionRule): CorruptedRecord {
  const type = recordTypeOf(record);
  if (!CORRUPTION_RULES.includes(rule) || CORRUPTION_ISSUE_CODES[type][rule] === undefined) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[corruptRecord] rule ${JSON.stringify(rule)} does not apply to a ${type} record`,
    });
  }
  const copy = structuredClone(record) as Editable;
  switch (rule) {
    case 'uscc_checksum':
      breakUscc(random, copy);
      break;
    case 'id_checksum':
      breakIdNumber(random, copy);
      break;
    case 'missing_required':
      delete copy[random.pick(REQUIRED[type])];
      break;
    case 'future_date':
      moveToFuture(random, type, copy);
      break;
    case 'date_order':
      breakDateOrder(random, type, copy);
      break;
    case 'bad_enum': {
      const [field, word] = random.pick(ENUM_FIELDS[type]);
      copy[field] = field === 'kinds' ? [...(copy.kinds as string[]).slice(1), word] : word;
      break;
    }
    case 'fine_missing': {
      const kinds = copy.kinds as string[];
      if (!kinds.includes('fine')) kinds.push('fine');
      delete copy.fineFen;
      break;
    }
  }
  return copy;
}

function recordTypeOf(record: AnyRecord): RecordType {
  if ('target' in record) return 'repair';
  if ('action' in record) return 'blacklist';
  if ('validFrom' in record) return 'license';
  if ('kinds' in record) return 'penalty';
  throw new CreditBridgeError({ code: 'E_ARGUMENT', message: '[corruptRecord] not a generated record' });
}

/** The same code with another check character; only the last position changes. */
function wrongCheck(random: Random, code: string, alphabet: string): string {
  const last = code.charAt(code.length - 1);
  const others = Array.from(alphabet).filter((char) => char !== last);
  return `${code.slice(0, -1)}${random.pick(others)}`;
}

function breakUscc(random: Random, copy: Editable): void {
  let subject = copy.subject as Subject;
  if (subject.category === 'natural_person') {
    if (typeof copy.authorityUscc === 'string') {
      copy.authorityUscc = wrongCheck(random, copy.authorityUscc, USCC_CHARSET);
      return;
    }
    subject = generateSubject(random, { category: 'legal_person', regionCode: String(copy.regionCode) });
    copy.subject = subject;
  }
  subject.uscc = wrongCheck(random, subject.uscc, USCC_CHARSET);
}

function breakIdNumber(random: Random, copy: Editable): void {
  const subject = copy.subject as Subject;
  if (subject.category === 'natural_person' && subject.idType === 'id_card') {
    subject.idNumber = wrongCheck(random, subject.idNumber, '0123456789X');
  } else if (
    subject.category !== 'natural_person' &&
    subject.legalRepIdType === 'id_card' &&
    subject.legalRepIdNumber !== undefined
  ) {
    subject.legalRepIdNumber = wrongCheck(random, subject.legalRepIdNumber, '0123456789X');
  } else {
    const person = generateSubject(random, {
      category: 'natural_person',
      regionCode: String(copy.regionCode),
    });
    person.idNumber = wrongCheck(random, person.idNumber, '0123456789X');
    copy.subject = person;
  }
}

// Dates that follow the moved one move with it, so the order stays intact and only the future is wrong.
function moveToFuture(random: Random, type: RecordType, copy: Editable): void {
  const years = random.int(30, 60);
  const shift = (keys: readonly string[]): void => {
    for (const key of keys) {
      if (typeof copy[key] === 'string') copy[key] = addYears(copy[key], years);
    }
  };
  switch (type) {
    case 'penalty':
      shift(['decisionDate', 'validUntil', 'publicationEndDate']);
      return;
    case 'license':
      shift(['decisionDate', 'validFrom', 'validTo']);
      return;
    case 'blacklist':
      shift(copy.action === 'remove' ? ['removedDate'] : ['listedDate', 'validUntil']);
      return;
    case 'repair': {
      const history = copy.history as { at: string }[];
      const last = history[history.length - 1] as { at: string };
      last.at = `${addYears(last.at.slice(0, 10), years)}${last.at.slice(10)}`;
      return;
    }
  }
}

function breakDateOrder(random: Random, type: RecordType, copy: Editable): void {
  const before = (key: string, anchor: string): void => {
    copy[key] = addDays(String(copy[anchor]), -random.int(1, 365));
  };
  switch (type) {
    case 'penalty':
      before('validUntil', 'decisionDate');
      return;
    case 'license':
      before('validTo', 'validFrom');
      return;
    case 'blacklist':
      before('validUntil', 'listedDate');
      return;
    case 'repair': {
      const history = copy.history as { status: string; at: string; actor: string; reason?: string }[];
      const last = history[history.length - 1] as { at: string };
      const previous = history[history.length - 2];
      if (previous !== undefined) {
        last.at = `${addDays(previous.at.slice(0, 10), -random.int(1, 3))}${previous.at.slice(10)}`;
        return;
      }
      // A lone submission has nothing to swap with: a withdrawal dated before it is the smallest break.
      history.push({
        status: 'withdrawn',
        at: `${addDays(last.at.slice(0, 10), -random.int(1, 3))}${last.at.slice(10)}`,
        actor: 'applicant',
        reason: '申请人主动撤回信用修复申请。',
      });
      copy.status = 'withdrawn';
      return;
    }
  }
}
