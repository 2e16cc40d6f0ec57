import { shanghaiSeconds } from '../../state/credit/shanghai-seconds.js';
import { checkSubjectKey } from '../../state/credit/subject-key.js';
import { type Answer, renameIssues, successAnswer } from '../answer.js';
import {
  batchTooLargeAnswer,
  isObject,
  readJsonBody,
  requiredAnswer,
  validationAnswer,
} from '../request-input.js';
import type { OperationContext } from './operation-context.js';
import { renameRows } from './rename-rows.js';

/**
 * `blacklistCheckBatch`: `{ subjects: [{ uscc } | { idNumber }, …] }` with 1 to `subjectsPerCheck` items;
 * 200 with one result per subject in input order: `listed` with its entries, `not_listed`, or `invalid`
 * with the identifier check's issue.
 */
export function checkBlacklistBatch(context: OperationContext): Answer {
  const { profile, platform } = context;
  const names = profile.query;
  const body = readJsonBody(context);
  if (!body.ok) return body.answer;
  if (!isObject(body.value)) return validationAnswer(context, 'body', 'must be a JSON object');
  const extra = Object.keys(body.value).find((key) => key !== 'subjects');
  if (extra !== undefined) return validationAnswer(context, extra, 'is not a property of the request');
  const subjects = body.value.subjects;
  if (subjects === undefined) return requiredAnswer(context, 'subjects');
  if (!Array.isArray(subjects)) return validationAnswer(context, 'subjects', 'must be an array');
  if (subjects.length === 0) return validationAnswer(context, 'subjects', 'must contain at least 1 item');
  const limit = profile.batchLimits.subjectsPerCheck;
  if (subjects.length > limit) return batchTooLargeAnswer(context, 'subjects', subjects.length, limit);
  const keys = [];
  for (const [index, subject] of subjects.entries()) {
    const entries = isObject(subject) ? Object.entries(subject) : [];
    const [name, value] = entries[0] ?? [];
    if (
      entries.length !== 1 ||
      typeof value !== 'string' ||
      (name !== names.uscc && name !== names.idNumber)
    ) {
      return validationAnswer(
        context,
        `subjects[${index}]`,
        `must be { ${names.uscc} } or { ${names.idNumber} }`,
      );
    }
    keys.push(name === names.uscc ? { uscc: value } : { idNumber: value });
  }
  const today = platform.state.today();
  const results = keys.map((key, index) => {
    const checked = checkSubjectKey(key, today);
    if (!checked.ok) {
      const field = 'uscc' in key ? names.uscc : names.idNumber;
      return { index, status: 'invalid', errors: renameIssues(profile, [{ ...checked.issue, field }]) };
    }
    const found = platform.state.checkBlacklist(checked.key);
    return found.length > 0
      ? { index, status: 'listed', entries: renameRows(profile, found) }
      : { index, status: 'not_listed' };
  });
  return successAnswer(context, { checkedAt: shanghaiSeconds(platform.clock.now()), results });
}
