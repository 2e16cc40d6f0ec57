import type { CreditPlatformProfile, CreditPlatformProfileInput } from './credit-platform-profile.js';
import { DEFAULT_CREDIT_PLATFORM_PROFILE } from './default-credit-platform-profile.js';
import { defineProfile } from './internal/define-profile.js';
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
  return defineProfile(
    {
      operation: 'defineCreditPlatformProfile',
      defaults: DEFAULT_CREDIT_PLATFORM_PROFILE,
      schema: creditPlatformProfileSchema,
      problems: profileProblems,
    },
    overrides,
  );
}
