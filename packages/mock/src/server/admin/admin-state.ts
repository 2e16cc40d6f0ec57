import { type RecordType, toShanghaiTimestamp } from '@credit-bridge/core';
import type { CreditData } from '../../state/credit/credit-data.js';
import type { AdminPlatforms } from './admin-io.js';

const RECORD_TYPES: readonly RecordType[] = ['penalty', 'license', 'blacklist', 'repair'];

/**
 * `GET /__admin/state`: the credit platform's counts, feeds, tasks, apps, faults and journal at the top
 * level, the exchange platform's under `exchange`; `?include=records` adds every record's newest version,
 * `?include=messages` the exchange's published messages.
 */
export function adminState(platforms: AdminPlatforms, query: readonly (readonly [string, string])[]) {
  const { credit, exchange } = platforms;
  const includes = new Set(query.filter(([name]) => name === 'include').map(([, value]) => value));
  const journalOf = (journal: AdminPlatforms['credit']['journal']) => ({
    entries: journal.entries().length,
    capacity: journal.capacity,
    dropped: journal.dropped(),
  });
  return {
    profile: credit.profile.name,
    now: toShanghaiTimestamp(credit.clock.now()),
    today: credit.state.today(),
    credit: credit.state.summary(),
    apps: credit.auth.appKeys(),
    nonces: credit.auth.nonceCount(),
    idempotencyKeys: credit.idempotency.size(),
    latencyMs: credit.latencyMs,
    faults: credit.faults.snapshot(),
    journal: journalOf(credit.journal),
    ...(includes.has('records') ? { records: recordsOf(credit.state.data) } : {}),
    exchange: {
      profile: exchange.profile.name,
      now: toShanghaiTimestamp(exchange.clock.now()),
      state: exchange.state.summary(),
      departments: exchange.state.directory.list(),
      catalog: exchange.state.catalog().map((entry) => ({
        resourceCode: entry.resourceCode,
        recordCount: entry.recordCount,
        ...(entry.updatedAt === undefined ? {} : { updatedAt: toShanghaiTimestamp(entry.updatedAt) }),
      })),
      apps: exchange.auth.appKeys(),
      nonces: exchange.auth.nonceCount(),
      latencyMs: exchange.latencyMs,
      faults: exchange.faults.snapshot(),
      journal: journalOf(exchange.journal),
      ...(includes.has('records') ? { records: recordsOf(exchange.state.data) } : {}),
      ...(includes.has('messages')
        ? {
            messages: exchange.state.messages().map(({ receipt: _receipt, ...message }) => ({
              ...message,
              publishedAt: toShanghaiTimestamp(message.publishedAt),
            })),
          }
        : {}),
    },
  };
}

function recordsOf(data: CreditData) {
  return Object.fromEntries(
    RECORD_TYPES.map((type) => [type, data.stores[type].all().map(({ wire }) => wire)]),
  );
}
