import type { IdCheckMode } from '../../ids/id-issue.js';
import { validateIdNumber } from '../../ids/validate-id-number.js';
import { validateOrgCode } from '../../ids/validate-org-code.js';
import { validateUscc } from '../../ids/validate-uscc.js';
import { type IssuePath, readString } from './read-path.js';
import type { RuleContext } from './rule-context.js';

/**
 * Checks a USCC with the GB 32100 validator; its codes pass through (E_USCC_CHECKSUM, …) and its
 * warnings become warnings. Returns the accepted code's facts, or `undefined` when absent or rejected.
 */
export function checkUscc(
  context: RuleContext,
  path: IssuePath,
  validate: typeof validateUscc = validateUscc,
): { value: string; placeholder: boolean } | undefined {
  const uscc = readString(context.input, path);
  if (uscc === undefined) return undefined;
  const result = validate(uscc, { mode: context.idMode });
  if (!result.ok) {
    context.collector.add(path, result.code, result.message);
    return undefined;
  }
  for (const warning of result.warnings) {
    context.collector.add(path, warning.code, warning.message, { warning: true });
  }
  return { value: result.value, placeholder: result.placeholder };
}

// A district's records name the same few dozen authorities and data sources over and over: their
// codes' verdicts are kept (a pure function of code and mode; results are only read).
const REPEATED_LIMIT = 1024;
const repeated = new Map<IdCheckMode, Map<string, ReturnType<typeof validateUscc>>>();
let repeatedCount = 0;

function validateRepeatedUscc(
  uscc: string,
  options: { mode?: IdCheckMode } = {},
): ReturnType<typeof validateUscc> {
  const mode = options.mode ?? 'strict';
  let byCode = repeated.get(mode);
  if (byCode === undefined) {
    byCode = new Map();
    repeated.set(mode, byCode);
  }
  let result = byCode.get(uscc);
  if (result === undefined) {
    result = validateUscc(uscc, options);
    if (repeatedCount >= REPEATED_LIMIT) {
      for (const codes of repeated.values()) codes.clear();
      repeatedCount = 0;
    }
    byCode.set(uscc, result);
    repeatedCount += 1;
  }
  return result;
}

/** An authority's or data source's USCC: valid, and never the placeholder (departments all have one). */
export function checkAuthorityUscc(context: RuleContext, path: IssuePath): void {
  const result = checkUscc(context, path, validateRepeatedUscc);
  if (result?.placeholder === true) {
    context.collector.add(
      path,
      'E_USCC_PLACEHOLDER_NOT_ALLOWED',
      'must be a real USCC, not the 17×0+X placeholder',
    );
  }
}

/** An identity number (GB 11643) when the document type says 身份证; in mode `warn` a bad check is a warning. */
export function checkIdNumber(context: RuleContext, typePath: IssuePath, numberPath: IssuePath): void {
  const idNumber = readString(context.input, numberPath);
  if (idNumber === undefined || readString(context.input, typePath) !== 'id_card') return;
  const result = validateIdNumber(idNumber, { today: context.today });
  if (result.ok) return;
  const warning = context.idMode === 'warn' && result.code === 'E_ID_CHECKSUM';
  context.collector.add(numberPath, result.code, result.message, { warning });
}

/** An organisation code (GB 11714); in mode `warn` a bad check is a warning. */
export function checkOrgCode(context: RuleContext, path: IssuePath): void {
  const orgCode = readString(context.input, path);
  if (orgCode === undefined) return;
  const result = validateOrgCode(orgCode);
  if (result.ok) return;
  const warning = context.idMode === 'warn' && result.code === 'E_ORG_CHECKSUM';
  context.collector.add(path, result.code, result.message, { warning });
}
