import type { BlacklistEntry, CreditPlatformProfile } from '@credit-bridge/core';
import { z } from 'zod';
import type { PlatformCaller } from '../internal/create-platform-caller.js';
import { recordSchema } from '../internal/record-codec.js';
import { subjectKeyOnWire } from '../internal/subject-key-on-wire.js';
import { timestampSchema } from '../internal/wire-values.js';
import type { CallOptions } from '../model/call-options.js';
import { requireSubjectKey, type SubjectRef } from '../model/subject-key.js';

/** Whether a subject is on the blacklist now, and the entries in publication. */
export interface BlacklistCheckResult {
  /** True when at least one entry is in publication now. */
  listed: boolean;
  /** The entries in publication now (listed, neither removed nor ended by a repair). */
  entries: BlacklistEntry[];
  checkedAt: string;
}

const schemas = new WeakMap<CreditPlatformProfile, z.ZodType<BlacklistCheckResult>>();

function resultSchema(profile: CreditPlatformProfile): z.ZodType<BlacklistCheckResult> {
  let schema = schemas.get(profile);
  if (schema === undefined) {
    schema = z.object({
      listed: z.boolean(),
      entries: z.array(recordSchema(profile, 'blacklist')),
      checkedAt: timestampSchema,
    });
    schemas.set(profile, schema);
  }
  return schema;
}

/**
 * `blacklist.check`: whether one subject is on the 严重失信主体名单 now (逢办必查: check before every
 * approval). Takes a `{ uscc }` or `{ idNumber }` key or a whole `Subject`; a malformed identifier throws
 * `E_ARGUMENT` before anything is sent.
 *
 * @example
 * const { listed, entries } = await client.blacklist.check({ uscc: '91420111CB0001035J' });
 * if (listed) refuse(entries[0]?.listType);
 */
export async function checkBlacklist(
  caller: PlatformCaller,
  subject: SubjectRef,
  options: CallOptions = {},
): Promise<BlacklistCheckResult> {
  const key = requireSubjectKey(subject, 'blacklist.check');
  const answer = await caller.call({
    op: 'blacklistCheck',
    operation: 'blacklist.check',
    query: subjectKeyOnWire(caller.profile, key),
    signal: options.signal,
    data: resultSchema(caller.profile),
  });
  return answer.data;
}
