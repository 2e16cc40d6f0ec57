import type { ExchangePlatformProfile, ExchangePlatformProfileInput } from './exchange-platform-profile.js';
import { DEFAULT_EXCHANGE_PLATFORM_PROFILE } from './exchange-platform-profile-default.js';
import { defineProfile } from './internal/define-profile.js';
import { exchangePlatformProfileSchema, exchangeProfileProblems } from './internal/exchange-profile-rules.js';

/**
 * Builds an exchange platform profile: deep-merges `overrides` over
 * {@link DEFAULT_EXCHANGE_PLATFORM_PROFILE} (objects merge, anything else replaces, arrays included;
 * `undefined` keeps the default), then checks the result: the form of every part, each path's
 * placeholders, that no two operations' paths collide, distinct envelope names, codes, headers and paging
 * names, a default page size within the maximum, at most 500 records per message, and UTF-8 among the
 * charsets. Throws `CreditBridgeError` `E_PROFILE_INVALID` with `details.issues` listing every problem. The
 * result is frozen.
 *
 * @example
 * const gateway = defineExchangePlatformProfile({
 *   name: 'district-exchange-gateway',
 *   paths: { publishMessage: '/gw/exchange/messages', listInbox: '/gw/exchange/inbox' },
 *   paging: { maxLimit: 50 },
 * });
 */
export function defineExchangePlatformProfile(
  overrides: ExchangePlatformProfileInput = {},
): ExchangePlatformProfile {
  return defineProfile(
    {
      operation: 'defineExchangePlatformProfile',
      defaults: DEFAULT_EXCHANGE_PLATFORM_PROFILE,
      schema: exchangePlatformProfileSchema,
      problems: exchangeProfileProblems,
    },
    overrides,
  );
}
