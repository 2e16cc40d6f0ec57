import { shanghaiSeconds } from '../../state/credit/shanghai-seconds.js';
import { checkSubjectKey } from '../../state/credit/subject-key.js';
import { type Answer, successAnswer } from '../answer.js';
import { paramTypeAnswer, queryParam, requiredAnswer } from '../request-input.js';
import type { OperationContext } from './operation-context.js';
import { renameRows } from './rename-rows.js';

/**
 * `blacklistCheck`: exactly one of the `uscc` and `idNumber` query parameters (neither: `E_REQUIRED`; both or
 * repeated: `E_PARAM_TYPE`; an identifier failing its check: `E_PARAM_TYPE` with the check's code in the
 * details); 200 `{ listed, entries, checkedAt }`.
 */
export function checkBlacklist(context: OperationContext): Answer {
  const { profile, platform } = context;
  const names = profile.query;
  const uscc = queryParam(context, names.uscc);
  const idNumber = queryParam(context, names.idNumber);
  if (uscc === null) return paramTypeAnswer(context, names.uscc, 'must be given once');
  if (idNumber === null) return paramTypeAnswer(context, names.idNumber, 'must be given once');
  if (uscc === undefined && idNumber === undefined) {
    return requiredAnswer(context, names.uscc, `give ${names.uscc} or ${names.idNumber}`);
  }
  if (uscc !== undefined && idNumber !== undefined) {
    return paramTypeAnswer(context, names.idNumber, `must not be given together with ${names.uscc}`);
  }
  const checked = checkSubjectKey(
    uscc !== undefined ? { uscc } : { idNumber: idNumber as string },
    platform.state.today(),
  );
  if (!checked.ok) {
    const field = uscc !== undefined ? names.uscc : names.idNumber;
    return paramTypeAnswer(context, field, 'fails its check', [{ ...checked.issue, field }]);
  }
  const entries = platform.state.checkBlacklist(checked.key);
  return successAnswer(context, {
    listed: entries.length > 0,
    entries: renameRows(profile, entries),
    checkedAt: shanghaiSeconds(platform.clock.now()),
  });
}
