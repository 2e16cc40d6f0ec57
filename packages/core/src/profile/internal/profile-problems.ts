import { RECORD_TYPES } from '../../model/record-type.js';
import { WIRE_FIELDS } from '../../wire/wire-fields.js';
import {
  CREDIT_PLATFORM_OPERATION_METHODS,
  CREDIT_PLATFORM_OPERATIONS,
  CREDIT_PLATFORM_PATH_PARAMS,
} from '../credit-platform-operations.js';
import type {
  CreditPlatformEnvelope,
  CreditPlatformPaging,
  CreditPlatformProfile,
  CreditPlatformSigning,
} from '../credit-platform-profile.js';
import { pathTemplateProblems, templateParams, templateShape } from './path-template.js';

/** One rule a profile breaks: where (a dotted path into the profile) and what. */
export interface ProfileProblem {
  readonly path: string;
  readonly message: string;
}

/** A platform's operations as the path rules need them: names, methods and required placeholders. */
export interface OperationTable<Op extends string> {
  readonly operations: readonly Op[];
  readonly methods: Readonly<Record<Op, string>>;
  readonly params: Readonly<Record<Op, readonly string[]>>;
}

/** A group of names that must differ: where, the names, and whether case counts. */
export type NameGroup = readonly [path: string, names: readonly string[], caseInsensitive: boolean];

/** The rules across fields that the schema cannot state: paths, distinct names and codes, renames. */
export function profileProblems(profile: CreditPlatformProfile): ProfileProblem[] {
  return [
    ...pathProblems(profile.paths, {
      operations: CREDIT_PLATFORM_OPERATIONS,
      methods: CREDIT_PLATFORM_OPERATION_METHODS,
      params: CREDIT_PLATFORM_PATH_PARAMS,
    }),
    ...pagingProblems(profile.paging),
    ...duplicateProblems(
      sharedNameGroups(
        profile,
        [profile.idempotency.keyHeader, profile.idempotency.replayedHeader],
        [['query', Object.values(profile.query), false]],
      ),
    ),
    ...renameProblems(profile),
  ];
}

/**
 * Each path's template rules, that it has exactly its operation's placeholders, and that no two
 * operations of the same method have paths that cannot be told apart.
 */
export function pathProblems<Op extends string>(
  paths: Readonly<Record<Op, string>>,
  table: OperationTable<Op>,
): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const shapes = new Map<string, string>();
  for (const op of table.operations) {
    const template = paths[op];
    const at = `paths.${op}`;
    for (const message of pathTemplateProblems(template)) problems.push({ path: at, message });
    const expected = [...table.params[op]].sort().join(',');
    const actual = templateParams(template).sort().join(',');
    if (expected !== actual) {
      problems.push({ path: at, message: `must have the placeholders {${expected}}, has {${actual}}` });
    }
    const shape = `${table.methods[op]} ${templateShape(template)}`;
    const clash = shapes.get(shape);
    if (clash !== undefined) problems.push({ path: at, message: `cannot be told apart from paths.${clash}` });
    shapes.set(shape, op);
  }
  return problems;
}

/** A default page size above the maximum. */
export function pagingProblems(paging: CreditPlatformPaging): ProfileProblem[] {
  return paging.defaultLimit > paging.maxLimit
    ? [{ path: 'paging.defaultLimit', message: 'must not exceed paging.maxLimit' }]
    : [];
}

/**
 * The name groups both platforms share, in this order: envelope names, envelope codes, every header
 * (signing headers plus `extraHeaders`), the platform's own `extraGroups`, paging parameters and fields.
 */
export function sharedNameGroups(
  profile: {
    readonly envelope: CreditPlatformEnvelope;
    readonly signing: CreditPlatformSigning;
    readonly paging: CreditPlatformPaging;
  },
  extraHeaders: readonly string[] = [],
  extraGroups: readonly NameGroup[] = [],
): NameGroup[] {
  const { envelope, signing, paging } = profile;
  return [
    ['envelope.fields', Object.values(envelope.fields), false],
    ['envelope codes', [envelope.successCode, ...Object.values(envelope.failureCodes)], false],
    // Header names are case-insensitive (RFC 9110 §5.1).
    ['headers', [...Object.values(signing.headers), ...extraHeaders], true],
    ...extraGroups,
    ['paging parameters', [paging.cursorParam, paging.limitParam], false],
    ['paging fields', [paging.itemsField, paging.nextCursorField, paging.hasMoreField], false],
  ];
}

/** A problem for every name used twice within its group. */
export function duplicateProblems(groups: readonly NameGroup[]): ProfileProblem[] {
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
