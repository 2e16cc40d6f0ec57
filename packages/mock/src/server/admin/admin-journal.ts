import type { JournalEntry, JournalFilter } from '../../state/journal/journal-entry.js';
import { type AdminPlatforms, platformChoice } from './admin-io.js';

const TEXT_FILTERS = [
  'operation',
  'errorCode',
  'appKey',
  'idempotencyKey',
  'messageId',
  'receiptStatus',
  'fault',
  'method',
  'code',
] as const;

/**
 * `GET /__admin/journal`: the entries of both platforms' journals, oldest first (or of one, with
 * `platform=credit|exchange`), filtered by `operation`, `status`, `errorCode`, `appKey`, `idempotencyKey`,
 * `messageId`, `receiptStatus`, `fault`, `method`, `code`; `limit` keeps the newest.
 */
export function adminJournal(platforms: AdminPlatforms, query: readonly (readonly [string, string])[]) {
  const get = (name: string) => query.find(([key]) => key === name)?.[1];
  const filter: Record<string, string | number> = {};
  for (const name of TEXT_FILTERS) {
    const value = get(name);
    if (value !== undefined) filter[name] = value;
  }
  const status = get('status');
  if (status !== undefined) filter.status = Number(status);
  const choice = platformChoice(get('platform'));
  const journals = [
    ...(choice === 'exchange' ? [] : [platforms.credit.journal]),
    ...(choice === 'credit' ? [] : [platforms.exchange.journal]),
  ];
  const found: JournalEntry[] = journals
    .flatMap((journal) => journal.find(filter as JournalFilter))
    .sort((a, b) => a.at - b.at);
  const limit = Number(get('limit') ?? found.length);
  return {
    count: found.length,
    capacity: journals.reduce((sum, journal) => sum + journal.capacity, 0),
    dropped: journals.reduce((sum, journal) => sum + journal.dropped(), 0),
    entries: found.slice(Math.max(0, found.length - limit)),
  };
}
