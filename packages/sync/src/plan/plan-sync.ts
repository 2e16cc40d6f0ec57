import {
  type CalendarDate,
  isCreditBridgeError,
  todayInShanghai,
  toShanghaiTimestamp,
} from '@credit-bridge/core';
import { judgeAgainstEarlier, judgeDelivery } from '../delivery/judge-delivery.js';
import { createRowMapper } from '../mapping/create-row-mapper.js';
import { groupByRecord } from '../runner/internal/group-by-record.js';
import { openSource } from '../runner/internal/open-source.js';
import { type ReadItem, readRecords } from '../runner/internal/read-records.js';
import { sinkIdOf } from '../runner/internal/sink-id-of.js';
import { parseSyncConfig, type StreamConfig, type SyncConfig } from '../runner/sync-config.js';
import type { CustomSource } from '../runner/sync-deps.js';
import type { Checkpoint, CheckpointPosition, StateStore } from '../state/state-store.js';

/** What a run would do at one sink of a stream. */
export interface SinkPlan {
  readonly sink: string;
  /** The stream's checkpoint there; rows up to it would not be read for this sink. */
  readonly checkpoint?: CheckpointPosition;
  readonly wouldSend: number;
  /** Skipped as unchanged: the ledger holds a verdict on this id, version and content. */
  readonly unchanged: number;
  /** Skipped: a higher version was accepted. */
  readonly stale: number;
  /** Would be dead-lettered: the same id and version accepted with other content. */
  readonly conflicts: number;
}

/** What a run would do with one stream. */
export interface StreamPlan {
  readonly stream: string;
  readonly recordType: StreamConfig['recordType'];
  readonly source: string;
  readonly read: number;
  /** Rows every sink's checkpoint has passed. */
  readonly resumed: number;
  readonly valid: number;
  /** Rows that would be rejected before delivery. */
  readonly invalid: number;
  readonly rejectsByRule: Readonly<Record<string, number>>;
  /** The file changed since the checkpoints were written: it would be read from its start. */
  readonly restarted: boolean;
  readonly sinks: readonly SinkPlan[];
  readonly error?: { readonly code: string; readonly message: string };
}

/** A dry run's answer: per stream, what would be sent, skipped and rejected. */
export interface SyncPlan {
  readonly today: CalendarDate;
  readonly streams: readonly StreamPlan[];
}

/** What {@link planSync} reads: the store (never written) and custom sources. */
export interface PlanDeps {
  readonly store: StateStore;
  readonly sources?: Readonly<Record<string, CustomSource>>;
  /** Epoch milliseconds, for the validation day; default `Date.now`. */
  readonly clock?: () => number;
}

const CHUNK = 500;

/**
 * A dry run: reads, maps and validates every stream as `runSync` would and judges each valid record
 * against the ledger and the rows before it, per sink: would send, skip as unchanged or stale, or reject
 * (with the rules). Nothing is sent and nothing is written; no platform is contacted.
 *
 * @example
 * const plan = await planSync(config, { store });
 * for (const stream of plan.streams) console.log(stream.stream, stream.sinks[0]?.wouldSend, stream.rejectsByRule);
 */
export async function planSync(config: SyncConfig, deps: PlanDeps): Promise<SyncPlan> {
  const checked = parseSyncConfig(config);
  const today = checked.today ?? todayInShanghai((deps.clock ?? Date.now)());
  const streams: StreamPlan[] = [];
  for (const stream of checked.streams) streams.push(await planStream(stream, deps, today));
  return { today, streams };
}

async function planStream(stream: StreamConfig, deps: PlanDeps, today: CalendarDate): Promise<StreamPlan> {
  const source = openSource(stream.source, deps.sources ?? {});
  const tally = { read: 0, resumed: 0, valid: 0, invalid: 0 };
  const rules = new Map<string, number>();
  const ids = stream.sinks.map((sink) => sinkIdOf(sink, stream.recordType));
  const sinks = ids.map((sink) => ({ sink, wouldSend: 0, unchanged: 0, stale: 0, conflicts: 0 }));
  let restarted = false;
  let starts: (number | undefined)[] = [];
  let checkpoints: (Checkpoint | undefined)[] = [];
  let error: { code: string; message: string } | undefined;
  try {
    const fingerprint = await source.fingerprint();
    checkpoints = await Promise.all(ids.map((id) => deps.store.getCheckpoint(`${stream.name}→${id}`)));
    starts = checkpoints.map((checkpoint) =>
      checkpoint !== undefined &&
      typeof checkpoint.position === 'number' &&
      checkpoint.fingerprint === fingerprint
        ? checkpoint.position
        : undefined,
    );
    restarted = checkpoints.some(
      (checkpoint, index) => checkpoint !== undefined && starts[index] === undefined,
    );
    // What this plan would send, per sink, so a later row with the same id is judged against it.
    const planned = ids.map(() => new Map<string, { version: number; hash: string }>());
    const judge = async (chunk: ReadItem[]) => {
      const keys = chunk.flatMap((item) =>
        item.kind === 'record' ? [{ recordType: stream.recordType, recordId: item.key.recordId }] : [],
      );
      const entries = keys.length === 0 ? [] : await deps.store.findDeliveries(keys);
      const byId = groupByRecord(entries);
      for (const item of chunk) {
        if (item.kind === 'reject') {
          tally.invalid += 1;
          for (const rule of new Set(item.letter.issues.map((issue) => issue.rule)))
            rules.set(rule, (rules.get(rule) ?? 0) + 1);
          continue;
        }
        tally.valid += 1;
        ids.forEach((id, index) => {
          const start = starts[index];
          if (start !== undefined && item.position <= start) return;
          const counts = sinks[index] as (typeof sinks)[number];
          const seen = planned[index]?.get(item.key.recordId);
          const verdict = judgeAgainstEarlier(
            judgeDelivery(item.key, id, byId.get(item.key.recordId) ?? []),
            seen,
            item.key,
          );
          switch (verdict.kind) {
            case 'send':
              counts.wouldSend += 1;
              planned[index]?.set(item.key.recordId, {
                version: item.key.version,
                hash: item.key.contentHash,
              });
              return;
            case 'unchanged':
              counts.unchanged += 1;
              return;
            case 'stale':
              counts.stale += 1;
              return;
            case 'conflict':
              counts.conflicts += 1;
              rules.set('E_SYNC_VERSION_CONFLICT', (rules.get('E_SYNC_VERSION_CONFLICT') ?? 0) + 1);
              return;
          }
        });
      }
    };
    const skipThrough = starts.every((start) => start !== undefined) ? Math.min(...(starts as number[])) : 0;
    const mapper = createRowMapper({ recordType: stream.recordType, ...stream.mapping } as Parameters<
      typeof createRowMapper
    >[0]);
    let chunk: ReadItem[] = [];
    for await (const item of readRecords({
      rows: source.rows,
      recordType: stream.recordType,
      mapper,
      today,
      skipThrough,
      now: () => toShanghaiTimestamp(Date.now()),
      tally,
    })) {
      chunk.push(item);
      if (chunk.length < CHUNK) continue;
      await judge(chunk);
      chunk = [];
    }
    await judge(chunk);
  } catch (caught) {
    error = isCreditBridgeError(caught)
      ? { code: caught.code, message: caught.message }
      : { code: 'E_SYNC_STREAM', message: caught instanceof Error ? caught.message : String(caught) };
  }
  return {
    stream: stream.name,
    recordType: stream.recordType,
    source: source.label,
    ...tally,
    rejectsByRule: Object.fromEntries([...rules].sort(([a], [b]) => (a < b ? -1 : 1))),
    restarted,
    sinks: sinks.map((sink, index) => {
      const position = checkpoints[index]?.position;
      return position === undefined ? sink : { ...sink, checkpoint: position };
    }),
    ...(error === undefined ? {} : { error }),
  };
}
