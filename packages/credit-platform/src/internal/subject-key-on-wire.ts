import type { CreditPlatformProfile } from '@credit-bridge/core';
import type { SubjectKey } from '../model/subject-key.js';

/**
 * A subject key as the platform reads it: `{ uscc }` or `{ idNumber }` under the names the profile gives
 * the check's identifiers (`query.uscc`, `query.idNumber`), in a query or in a body (the batch check's
 * subjects, a report request's subject) alike, so one rename covers every place a key travels.
 *
 * @example
 * subjectKeyOnWire(DEFAULT_CREDIT_PLATFORM_PROFILE, { uscc: '91420111CB0001035J' }); // { uscc: '91420111CB0001035J' }
 */
export function subjectKeyOnWire(profile: CreditPlatformProfile, key: SubjectKey): Record<string, string> {
  return 'uscc' in key ? { [profile.query.uscc]: key.uscc } : { [profile.query.idNumber]: key.idNumber };
}
