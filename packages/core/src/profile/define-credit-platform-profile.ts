import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import type { CreditPlatformProfile, CreditPlatformProfileInput } from './credit-platform-profile.js';
import { DEFAULT_CREDIT_PLATFORM_PROFILE } from './default-credit-platform-profile.js';
import { deepFreeze } from './internal/deep-freeze.js';
import { profileProblems } from './internal/profile-problems.js';
import { creditPlatformProfileSchema } from './internal/profile-schema.js';

/**
 * Builds a credit platform profile: deep-merges `overrides` over {@link DEFAULT_CREDIT_PLATFORM_PROFILE}
 * (objects merge, anything else replaces; `undefined` keeps the default), then checks the result: the
 * form of every part, each path's placeholders, that no two operations' paths collide, distinct envelope
 * names, codes, headers and query names, and renames that name real core columns without clashing.
 * Throws `CreditBridgeError` `E_PROFILE_INVALID` with `details.issues` listing every problem. The result is
 * frozen.
 *
 * @example
 * const legacy = defineCreditPlatformProfile({
 *   name: 'district-gateway',
 *   statusMode: 'always-200',
 *   paths: { penaltiesSubmit: '/gateway/sgs/cf:batch' },
 *   wireFieldRenames: { CF_XDR_MC: 'CF_XDRMC' },
 * });
 */
export function defineCreditPlatformProfile(
  overrides: CreditPlatformProfileInput = {},
): CreditPlatformProfile {
  const merged = deepMerge(DEFAULT_CREDIT_PLATFORM_PROFILE, overrides);
  const parsed = creditPlatformProfileSchema.safeParse(merged);
  if (!parsed.success) {
    throw invalid(
      merged,
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const profile = parsed.data as CreditPlatformProfile;
  const problems = profileProblems(profile);
  if (problems.length > 0) throw invalid(merged, problems);
  return deepFreeze(profile);
}

function invalid(merged: unknown, issues: readonly { path: string; message: string }[]): CreditBridgeError {
  const name = isPlainObject(merged) && typeof merged.name === 'string' ? merged.name : '(unnamed)';
  const first = issues[0];
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
  return new CreditBridgeError({
    code: 'E_PROFILE_INVALID',
    message: `[defineCreditPlatformProfile ${name}] ${first?.path ?? '(profile)'}: ${first?.message ?? 'invalid'}${more}`,
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
