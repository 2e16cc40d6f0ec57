import type { CreditPlatformProfile, RepairRecord } from '@credit-bridge/core';
import { z } from 'zod';
import type { PlatformCaller } from '../internal/create-platform-caller.js';
import { listChanges } from '../internal/list-changes.js';
import { recordSchema } from '../internal/record-codec.js';
import { cursorSchema, timestampSchema, versionSchema } from '../internal/wire-values.js';
import type { ChangeFeed, ChangesOptions } from '../model/change-feed.js';

/** One change of a 信用修复 record, with the record as it was after the change. */
export interface RepairChange {
  /** The feed position just after this change: save it to resume here. */
  cursor: string;
  /** `created` first version, `updated` a newer one (status, decision, receipts). */
  changeType: 'created' | 'updated';
  repairId: string;
  version: number;
  changedAt: string;
  record: RepairRecord;
}

const schemas = new WeakMap<CreditPlatformProfile, z.ZodType<RepairChange>>();

function changeSchema(profile: CreditPlatformProfile): z.ZodType<RepairChange> {
  let schema = schemas.get(profile);
  if (schema === undefined) {
    schema = z.object({
      cursor: cursorSchema,
      changeType: z.enum(['created', 'updated']),
      repairId: z.string().min(1).max(128),
      version: versionSchema,
      changedAt: timestampSchema,
      record: recordSchema(profile, 'repair'),
    });
    schemas.set(profile, schema);
  }
  return schema;
}

/**
 * `repairs.changes`: every new repair and every new version of one, in the order the platform applied
 * them. An async iterable read up to the head; `feed.cursor` (or each change's `cursor`) is where a later
 * run resumes.
 *
 * @example
 * const feed = client.repairs.changes({ cursor: saved });
 * for await (const change of feed) { await sync(change.record); await saveCursor(feed.cursor); }
 */
export function listRepairChanges(
  caller: PlatformCaller,
  options: ChangesOptions = {},
): ChangeFeed<RepairChange> {
  return listChanges(caller, {
    ...options,
    op: 'repairChanges',
    operation: 'repairs.changes',
    item: changeSchema(caller.profile),
  });
}
