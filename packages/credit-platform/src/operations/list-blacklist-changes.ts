import type { BlacklistEntry, CreditPlatformProfile } from '@credit-bridge/core';
import { z } from 'zod';
import type { PlatformCaller } from '../internal/create-platform-caller.js';
import { listChanges } from '../internal/list-changes.js';
import { recordSchema } from '../internal/record-codec.js';
import { cursorSchema, timestampSchema, versionSchema } from '../internal/wire-values.js';
import type { ChangeFeed, ChangesOptions } from '../model/change-feed.js';

/** One change of the blacklist, with the entry as it was after the change. */
export interface BlacklistChange {
  /** The feed position just after this change: save it to resume here. */
  cursor: string;
  /** `listed` first version, `updated` newer version still listed, `removed` 移出, `publication_ended` by a repair. */
  changeType: 'listed' | 'updated' | 'removed' | 'publication_ended';
  recordId: string;
  version: number;
  changedAt: string;
  /** The repair that ended the publication, for `publication_ended`. */
  repairId?: string | undefined;
  record: BlacklistEntry;
}

const schemas = new WeakMap<CreditPlatformProfile, z.ZodType<BlacklistChange>>();

function changeSchema(profile: CreditPlatformProfile): z.ZodType<BlacklistChange> {
  let schema = schemas.get(profile);
  if (schema === undefined) {
    schema = z.object({
      cursor: cursorSchema,
      changeType: z.enum(['listed', 'updated', 'removed', 'publication_ended']),
      recordId: z.string().min(1).max(128),
      version: versionSchema,
      changedAt: timestampSchema,
      repairId: z.string().max(128).optional(),
      record: recordSchema(profile, 'blacklist'),
    });
    schemas.set(profile, schema);
  }
  return schema;
}

/**
 * `blacklist.changes`: every listing, update, removal and repair-ended publication in the order the
 * platform applied them, for a local mirror. An async iterable read up to the head; `feed.cursor` (or
 * each change's `cursor`) is where a later run resumes. Apply changes in order and keep the highest
 * version per record id.
 *
 * @example
 * const feed = client.blacklist.changes({ cursor: await loadCursor() });
 * for await (const change of feed) { await mirror.apply(change); await saveCursor(feed.cursor); }
 */
export function listBlacklistChanges(
  caller: PlatformCaller,
  options: ChangesOptions = {},
): ChangeFeed<BlacklistChange> {
  return listChanges(caller, {
    ...options,
    op: 'blacklistChanges',
    operation: 'blacklist.changes',
    item: changeSchema(caller.profile),
  });
}
