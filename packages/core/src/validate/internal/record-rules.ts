import { PENALTY_KIND_LABELS } from '../../model/code-tables.js';
import type { RecordType } from '../../model/record-type.js';
import { checkDateOrder, checkNotFuture } from './date-rules.js';
import { checkAuthorityUscc } from './identifier-rules.js';
import { readArray, readPath, readString } from './read-path.js';
import { checkRepair } from './repair-rules.js';
import type { RuleContext } from './rule-context.js';
import { checkSubject } from './subject-rules.js';

const KIND_WORDS: Readonly<Record<string, string | undefined>> = PENALTY_KIND_LABELS;
// CF_CFLB is varchar(36) in the implementers' DDL (domain reference §3.2): the joined words must fit.
const KINDS_MAX_LENGTH = 36;

/** Runs the cross-field rules of one record type (domain reference §9.4). */
export function checkRecordRules(type: RecordType, context: RuleContext): void {
  checkSubject(context);
  switch (type) {
    case 'penalty':
      checkPenalty(context);
      return;
    case 'license':
      checkLicense(context);
      return;
    case 'blacklist':
      checkBlacklist(context);
      return;
    case 'repair':
      checkRepair(context);
      return;
  }
}

function checkPenalty(context: RuleContext): void {
  const { input, collector } = context;
  checkAuthorityUscc(context, ['authorityUscc']);
  checkAuthorityUscc(context, ['dataSourceUscc']);
  checkNotFuture(context, ['decisionDate']);
  checkDateOrder(context, ['decisionDate'], ['validUntil']);
  checkDateOrder(context, ['decisionDate'], ['publicationEndDate']);
  const kinds = readArray(input, ['kinds']);
  if (kinds.includes('fine') && readPath(input, ['fineFen']) === undefined) {
    collector.add(['fineFen'], 'E_FINE_REQUIRED', 'is required when the kinds include 罚款 (fine)');
  }
  const words = kinds.map((kind) => (typeof kind === 'string' ? KIND_WORDS[kind] : undefined));
  if (words.every((word) => word !== undefined) && words.join(';').length > KINDS_MAX_LENGTH) {
    collector.add(
      ['kinds'],
      'E_TOO_LONG',
      `joined on the wire exceed CF_CFLB's ${KINDS_MAX_LENGTH} characters`,
    );
  }
}

function checkLicense(context: RuleContext): void {
  checkAuthorityUscc(context, ['authorityUscc']);
  checkAuthorityUscc(context, ['dataSourceUscc']);
  checkNotFuture(context, ['decisionDate']);
  checkDateOrder(context, ['validFrom'], ['validTo']);
}

function checkBlacklist(context: RuleContext): void {
  const { input, collector } = context;
  checkAuthorityUscc(context, ['authorityUscc']);
  checkAuthorityUscc(context, ['dataSourceUscc']);
  checkNotFuture(context, ['listedDate']);
  checkNotFuture(context, ['removedDate']);
  checkDateOrder(context, ['listedDate'], ['validUntil']);
  checkDateOrder(context, ['listedDate'], ['removedDate']);
  const action = readString(input, ['action']);
  if (action === 'remove') {
    for (const key of ['removedDate', 'removalReason'] as const) {
      if (readPath(input, [key]) === undefined)
        collector.add([key], 'E_REQUIRED', 'is required for a removal');
    }
  } else if (action === 'list') {
    for (const key of ['removedDate', 'removalReason', 'removalAuthority'] as const) {
      if (readPath(input, [key]) !== undefined) {
        collector.add([key], 'E_NOT_APPLICABLE', "applies only to a removal (action 'remove')");
      }
    }
  }
}
