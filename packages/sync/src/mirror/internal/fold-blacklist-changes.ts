import { normalizeIdentifier } from '@credit-bridge/core';
import type { BlacklistChange } from '@credit-bridge/credit-platform';
import type { MirrorRecord, MirrorRemoval } from '../mirror-store.js';
import { mirrorError } from './mirror-error.js';

/** What one page of the blacklist feed does to the mirror, and what it held. */
export interface FoldedPage {
  readonly upserts: MirrorRecord[];
  readonly removals: MirrorRemoval[];
  /** Changes by type; `skipped` counts changes older than the record already held. */
  readonly counts: {
    listed: number;
    updated: number;
    removed: number;
    publicationEnded: number;
    skipped: number;
  };
}

type Staged = MirrorRecord | { readonly removedAt: number };

/**
 * Folds a page of blacklist changes, in feed order, into the records it leaves behind (the newest
 * version per record id wins, as the feed's contract says): `listed`/`updated` store the entry;
 * `removed` (移出) drops the record; `publication_ended` keeps it but marks it ended by the repair, and
 * it stays ended through later versions, as the platform keeps it out of publication. A change older
 * than the record held is skipped, so a page applied twice changes nothing. `held` reads the record
 * before this page.
 */
export function foldBlacklistChanges(
  changes: readonly BlacklistChange[],
  held: (recordId: string) => MirrorRecord | undefined,
): FoldedPage {
  const staged = new Map<string, Staged>();
  const counts = { listed: 0, updated: 0, removed: 0, publicationEnded: 0, skipped: 0 };
  for (const change of changes) {
    const previous = staged.has(change.recordId) ? staged.get(change.recordId) : held(change.recordId);
    const previousVersion =
      previous === undefined ? undefined : 'removedAt' in previous ? previous.removedAt : previous.version;
    if (previousVersion !== undefined && change.version < previousVersion) {
      counts.skipped += 1;
      continue;
    }
    let endedBy = previous !== undefined && 'recordId' in previous ? previous.endedBy : undefined;
    switch (change.changeType) {
      case 'listed':
        counts.listed += 1;
        break;
      case 'updated':
        counts.updated += 1;
        break;
      case 'removed':
        counts.removed += 1;
        break;
      case 'publication_ended':
        counts.publicationEnded += 1;
        endedBy = change.repairId ?? 'unknown';
        break;
      default: {
        // The adapter validates changeType against the contract, so only a broken adapter gets here.
        const unknown: never = change.changeType;
        throw mirrorError('E_MIRROR_INPUT', 'refresh', `unknown change type ${String(unknown)}`);
      }
    }
    const entry = change.record;
    // A removal forgets the record, unless a repair ended it: that mark must outlive a later re-listing.
    if (entry.action === 'remove' && endedBy === undefined) {
      staged.set(change.recordId, { removedAt: change.version });
      continue;
    }
    const natural = entry.subject.category === 'natural_person';
    staged.set(change.recordId, {
      recordId: change.recordId,
      version: change.version,
      subjectKind: natural ? 'idNumber' : 'uscc',
      subjectKey: normalizeIdentifier(
        entry.subject.category === 'natural_person' ? entry.subject.idNumber : entry.subject.uscc,
      ),
      entry,
      changedAt: change.changedAt,
      ...(endedBy === undefined ? {} : { endedBy }),
    });
  }
  const upserts: MirrorRecord[] = [];
  const removals: MirrorRemoval[] = [];
  for (const [recordId, item] of staged) {
    if ('removedAt' in item) removals.push({ recordId, version: item.removedAt });
    else upserts.push(item);
  }
  return { upserts, removals, counts };
}
