import { basename } from 'node:path';
import { toShanghaiTimestamp } from '@credit-bridge/core';
import {
  type RunReport,
  runSync,
  type SourceRow,
  type StateStore,
  type StoredDeadLetter,
  type SyncConfig,
  type SyncSecrets,
} from '@credit-bridge/sync';
import type { ResolvedConfig } from '../config/load-config.js';
import { toSyncConfig } from '../config/to-sync-config.js';
import { openSource } from '../sources/open-source.js';

/** What a retry of dead letters did. */
export interface RetryOutcome {
  /** Dead letters whose rows were read again. */
  readonly retried: number;
  /** Of those, rows now delivered to every sink. */
  readonly resolved: number;
  /** Rows rejected again: they have new dead letters with today's reasons, the old ones are settled. */
  readonly stillRejected: number;
  /** Rows whose delivery failed (left for the next retry, the old dead letters kept). */
  readonly deferred: number;
  /** Dead letters of sources no stream of the config reads. */
  readonly unmatched: number;
  readonly report?: RunReport;
}

/**
 * Retries dead letters: reads the rows they name again from the streams' source files (corrected by
 * now, one hopes), runs exactly those rows through the sync as one pass per stream under a stream id
 * of its own (`<stream>#retry`, so the streams' checkpoints do not move), and settles the old dead
 * letters: rows now accepted are resolved, rows rejected again are resolved in favour of the new dead
 * letters the run wrote with the current reasons. When any delivery failed nothing is settled.
 *
 * @example
 * const outcome = await retryDeadLetters({ config, store, secrets, letters, now });
 */
export async function retryDeadLetters(options: {
  readonly config: ResolvedConfig;
  readonly store: StateStore;
  readonly secrets: SyncSecrets;
  readonly letters: readonly StoredDeadLetter[];
  readonly now: () => Date;
  readonly signal: AbortSignal;
}): Promise<RetryOutcome> {
  const { config, store, letters } = options;
  const base = toSyncConfig(config);
  const sources: Record<string, () => AsyncIterable<SourceRow>> = {};
  const streams: SyncConfig['streams'][number][] = [];
  const retried: StoredDeadLetter[] = [];
  for (const stream of config.streams) {
    const label = basename(stream.source.path);
    const mine = letters.filter(
      (letter) => letter.source === label && letter.recordType === stream.recordType,
    );
    if (mine.length === 0) continue;
    const rows = new Set(mine.map((letter) => letter.rowNumber));
    const name = `${stream.name}#retry`;
    sources[name] = () => onlyRows(openSource(stream.source), rows);
    streams.push({ ...stream, name, source: { kind: 'custom', name } });
    retried.push(...mine);
  }
  const unmatched = letters.length - retried.length;
  if (streams.length === 0) return { retried: 0, resolved: 0, stillRejected: 0, deferred: 0, unmatched };
  const report = await runSync(
    { ...base, streams },
    {
      store,
      secrets: options.secrets,
      sources,
      signal: options.signal,
      clock: () => options.now().getTime(),
    },
  );
  // The retry streams keep no position: the next retry reads its rows again.
  for (const checkpoint of await store.listCheckpoints()) {
    if (streams.some((stream) => checkpoint.stream.startsWith(`${stream.name}→`)))
      await store.deleteCheckpoint(checkpoint.stream);
  }
  if (report.totals.deferred > 0 || report.status !== 'succeeded') {
    return {
      retried: retried.length,
      resolved: 0,
      stillRejected: 0,
      deferred: report.totals.deferred,
      unmatched,
      report,
    };
  }
  const again = new Set(
    (await store.listDeadLetters({ runId: report.runId, limit: 100_000 })).map(
      (letter) => `${letter.source}\u0000${letter.rowNumber}`,
    ),
  );
  const stillRejected = retried.filter((letter) =>
    again.has(`${letter.source}\u0000${letter.rowNumber}`),
  ).length;
  await store.commit({
    resolveDeadLetters: {
      ids: retried.map((letter) => letter.id),
      at: toShanghaiTimestamp(options.now().getTime()),
    },
  });
  return {
    retried: retried.length,
    resolved: retried.length - stillRejected,
    stillRejected,
    deferred: 0,
    unmatched,
    report,
  };
}

async function* onlyRows(
  rows: AsyncIterable<SourceRow>,
  wanted: ReadonlySet<number>,
): AsyncGenerator<SourceRow> {
  let left = wanted.size;
  for await (const row of rows) {
    if (!wanted.has(row.rowNumber)) continue;
    yield row;
    left -= 1;
    if (left === 0) return;
  }
}
