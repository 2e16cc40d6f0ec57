import type { z } from 'zod';
import { CreditBridgeError } from '../../errors/credit-bridge-error.js';
import { deepFreeze } from './deep-freeze.js';
import type { ProfileProblem } from './profile-problems.js';

/** What building a profile of one platform needs: its default, its schema and its cross-field rules. */
export interface ProfileDefinition<P> {
  /** The function named in error messages, e.g. `defineCreditPlatformProfile`. */
  readonly operation: string;
  readonly defaults: P;
  readonly schema: z.ZodType;
  readonly problems: (profile: P) => ProfileProblem[];
}

/**
 * Deep-merges `overrides` over the definition's default (objects merge, anything else replaces;
 * `undefined` keeps the default), checks the form with the schema and then the cross-field rules, and
 * freezes the result. Throws `CreditBridgeError` `E_PROFILE_INVALID` with `details.issues` listing every
 * problem of the first stage that found any.
 */
export function defineProfile<P>(definition: ProfileDefinition<P>, overrides: unknown): P {
  const merged = deepMerge(definition.defaults, overrides);
  const parsed = definition.schema.safeParse(merged);
  if (!parsed.success) {
    throw invalid(
      definition.operation,
      merged,
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const profile = parsed.data as P;
  const problems = definition.problems(profile);
  if (problems.length > 0) throw invalid(definition.operation, merged, problems);
  return deepFreeze(profile);
}

function invalid(operation: string, merged: unknown, issues: readonly ProfileProblem[]): CreditBridgeError {
  const name = isPlainObject(merged) && typeof merged.name === 'string' ? merged.name : '(unnamed)';
  const first = issues[0];
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
  return new CreditBridgeError({
    code: 'E_PROFILE_INVALID',
    message: `[${operation} ${name}] ${first?.path ?? '(profile)'}: ${first?.message ?? 'invalid'}${more}`,
    details: { issues },
  });
}

function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = deepMerge(base[key], value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
