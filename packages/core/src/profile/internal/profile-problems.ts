import { RECORD_TYPES } from '../../model/record-type.js';
import { WIRE_FIELDS } from '../../wire/wire-fields.js';
import {
  CREDIT_PLATFORM_OPERATION_METHODS,
  CREDIT_PLATFORM_OPERATIONS,
  CREDIT_PLATFORM_PATH_PARAMS,
} from '../credit-platform-operations.js';
import type { CreditPlatformProfile } from '../credit-platform-profile.js';
import { pathTemplateProblems, templateParams, templateShape } from './path-template.js';

/** One rule a profile breaks: where (a dotted path into the profile) and what. */
export interface ProfileProblem {
  readonly path: string;
  readonly message: string;
}

/** The rules across fields that the schema cannot state: paths, distinct names and codes, renames. */
export function profileProblems(profile: CreditPlatformProfile): ProfileProblem[] {
  return [...pathProblems(profile), ...distinctProblems(profile), ...renameProblems(profile)];
}

function pathProblems(profile: CreditPlatformProfile): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const shapes = new Map<string, string>();
  for (const op of CREDIT_PLATFORM_OPERATIONS) {
    const template = profile.paths[op];
    const at = `paths.${op}`;
    for (const message of pathTemplateProblems(template)) problems.push({ path: at, message });
    const expected = [...CREDIT_PLATFORM_PATH_PARAMS[op]].sort().join(',');
    const actual = templateParams(template).sort().join(',');
    if (expected !== actual) {
      problems.push({ path: at, message: `must have the placeholders {${expected}}, has {${actual}}` });
    }
    const shape = `${CREDIT_PLATFORM_OPERATION_METHODS[op]} ${templateShape(template)}`;
    const clash = shapes.get(shape);
    if (clash !== undefined) problems.push({ path: at, message: `cannot be told apart from paths.${clash}` });
    shapes.set(shape, op);
  }
  const paging = profile.paging;
  if (paging.defaultLimit > paging.maxLimit) {
    problems.push({ path: 'paging.defaultLimit', message: 'must not exceed paging.maxLimit' });
  }
  return problems;
}

function distinctProblems(profile: CreditPlatformProfile): ProfileProblem[] {
  const { envelope, signing, idempotency, query, paging } = profile;
  const groups: [string, readonly string[], boolean][] = [
    ['envelope.fields', Object.values(envelope.fields), false],
    ['envelope codes', [envelope.successCode, ...Object.values(envelope.failureCodes)], false],
    // Header names are case-insensitive (RFC 9110 §5.1).
    ['headers', [...Object.values(signing.headers), ...Object.values(idempotency)], true],
    ['query', Object.values(query), false],
    ['paging parameters', [paging.cursorParam, paging.limitParam], false],
    ['paging fields', [paging.itemsField, paging.nextCursorField, paging.hasMoreField], false],
  ];
  const problems: ProfileProblem[] = [];
  for (const [path, names, caseInsensitive] of groups) {
    const seen = new Set<string>();
    for (const value of names) {
      const key = caseInsensitive ? value.toLowerCase() : value;
      if (seen.has(key)) problems.push({ path, message: `"${value}" is used twice` });
      seen.add(key);
    }
  }
  return problems;
}

function renameProblems(profile: CreditPlatformProfile): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const known = new Set(RECORD_TYPES.flatMap((type) => WIRE_FIELDS[type].map((field) => field.wire)));
  const renames = Object.entries(profile.wireFieldRenames ?? {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  const renamedAway = new Set(renames.map(([core]) => core));
  const targets = new Map<string, string>();
  for (const [core, platform] of renames) {
    const at = `wireFieldRenames.${core}`;
    if (!known.has(core)) problems.push({ path: at, message: `"${core}" is not a wire name of core` });
    const key = platform.toUpperCase();
    const clash = targets.get(key);
    if (clash !== undefined)
      problems.push({ path: at, message: `"${platform}" is also the new name of ${clash}` });
    targets.set(key, core);
    // fromWireRecord reads names case-insensitively, so a new name must not shadow a kept core name.
    if (known.has(key) && !renamedAway.has(key)) {
      problems.push({ path: at, message: `"${platform}" is the name of another core column` });
    }
  }
  return problems;
}
