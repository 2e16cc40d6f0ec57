import { z } from 'zod';
import { EXCHANGE_LIMITS } from '../../wire/exchange/exchange-namespace.js';
import {
  EXCHANGE_PLATFORM_OPERATION_METHODS,
  EXCHANGE_PLATFORM_OPERATIONS,
  EXCHANGE_PLATFORM_PATH_PARAMS,
} from '../exchange-platform-operations.js';
import type { ExchangePlatformProfile } from '../exchange-platform-profile.js';
import {
  duplicateProblems,
  type ProfileProblem,
  pagingProblems,
  pathProblems,
  sharedNameGroups,
} from './profile-problems.js';
import {
  envelopeSchema,
  pagingSchema,
  positiveIntSchema,
  profileNameSchema,
  signingSchema,
  statusModeSchema,
} from './profile-schema.js';

// RFC 9110 §8.3.1: type "/" subtype, then parameters.
const mediaType = z
  .string()
  .regex(/^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(\s*;\s*[A-Za-z0-9_-]+=[A-Za-z0-9._-]+)*$/, {
    message: 'must be a media type such as application/xml; charset=UTF-8',
  });

/** The form of a complete exchange platform profile; cross-field rules are checked after it. */
export const exchangePlatformProfileSchema = z.strictObject({
  name: profileNameSchema,
  paths: z.strictObject(
    Object.fromEntries(EXCHANGE_PLATFORM_OPERATIONS.map((op) => [op, z.string()])) as Record<
      (typeof EXCHANGE_PLATFORM_OPERATIONS)[number],
      z.ZodString
    >,
  ),
  envelope: envelopeSchema,
  statusMode: statusModeSchema,
  signing: signingSchema,
  contentTypes: z.strictObject({ message: mediaType, receipt: mediaType, json: mediaType }),
  charsets: z.array(z.enum(['UTF-8', 'GB18030', 'GBK', 'GB2312'])).min(1),
  paging: pagingSchema,
  limits: z.strictObject({
    maxBodyBytes: positiveIntSchema,
    // The schema's RecordCount caps a message at 500 records; a deployment may only lower it.
    maxRecords: positiveIntSchema.max(EXCHANGE_LIMITS.maxRecords),
  }),
});

/** The exchange profile's rules across fields: paths, distinct names and codes, paging, UTF-8. */
export function exchangeProfileProblems(profile: ExchangePlatformProfile): ProfileProblem[] {
  const problems = [
    ...pathProblems(profile.paths, {
      operations: EXCHANGE_PLATFORM_OPERATIONS,
      methods: EXCHANGE_PLATFORM_OPERATION_METHODS,
      params: EXCHANGE_PLATFORM_PATH_PARAMS,
    }),
    ...pagingProblems(profile.paging),
    ...duplicateProblems(sharedNameGroups(profile)),
  ];
  if (!profile.charsets.includes('UTF-8')) {
    problems.push({ path: 'charsets', message: 'must include UTF-8, the encoding the platform writes' });
  }
  return problems;
}
