import {
  checkCheckpointUpdate,
  checkDeadLetter,
  checkDeliveryKey,
  checkDeliveryUpdate,
  checkExpectedPosition,
  checkRecordKey,
  compareDeliveryKeys,
  compareText,
  nextDelivery,
} from './internal/check-changes.js';
import { filterDeliveries, pageDeadLetters } from './internal/memory-queries.js';
import { finishedRun, startedRun } from './internal/run-transitions.js';
import { stateError } from './internal/state-error.js';
import type {
  Checkpoint,
  DeliveryKey,
  DeliveryRecord,
  RunRecord,
  StateStore,
  StoredDeadLetter,
} from './state-store.js';

function deliveryId(key: DeliveryKey): string {
  return [key.recordType, key.recordId, key.version, key.contentHash, key.sink].join('\u001f');
}

/**
 * A {@link StateStore} in memory, for tests and dry runs: the same contract as the SQLite store
 * (atomic commits included: a commit's changes are staged and applied only when all of them pass),
 * nothing kept after the process ends.
 *
 * @example
 * const store = createMemoryStateStore();
 * await store.commit({ checkpoints: [{ stream: 'penalty:a.csv', position: 120, at: clock() }] });
 */
export function createMemoryStateStore(): StateStore {
  const checkpoints = new Map<string, Checkpoint>();
  const deliveries = new Map<string, DeliveryRecord>();
  const deadLetters: StoredDeadLetter[] = [];
  const runs = new Map<string, RunRecord>();
  const runOrder: string[] = [];
  let closed = false;

  const open = (operation: string) => {
    if (closed) throw stateError('E_STATE_CLOSED', operation, 'the store is closed');
  };

  return {
    kind: 'memory',
    async commit(changes) {
      open('commit');
      const stagedDeliveries = new Map<string, DeliveryRecord>();
      for (const update of changes.deliveries ?? []) {
        checkDeliveryUpdate(update);
        const id = deliveryId(update);
        stagedDeliveries.set(
          id,
          structuredClone(nextDelivery(stagedDeliveries.get(id) ?? deliveries.get(id), update)),
        );
      }
      const stagedCheckpoints = new Map<string, Checkpoint>();
      for (const update of changes.checkpoints ?? []) {
        checkCheckpointUpdate(update);
        checkExpectedPosition(
          update,
          (stagedCheckpoints.get(update.stream) ?? checkpoints.get(update.stream))?.position,
        );
        stagedCheckpoints.set(update.stream, {
          stream: update.stream,
          position: update.position,
          updatedAt: update.at,
          ...(update.fingerprint === undefined ? {} : { fingerprint: update.fingerprint }),
          ...(update.runId === undefined ? {} : { runId: update.runId }),
        });
      }
      const added: StoredDeadLetter[] = [];
      let nextId = (deadLetters.at(-1)?.id ?? 0) + 1;
      for (const letter of changes.deadLetters ?? []) {
        checkDeadLetter(letter);
        added.push({ ...structuredClone(letter), id: nextId });
        nextId += 1;
      }
      const resolve = changes.resolveDeadLetters;
      const resolvedIds = new Set(resolve?.ids ?? []);
      for (const [id, record] of stagedDeliveries) deliveries.set(id, record);
      for (const [stream, checkpoint] of stagedCheckpoints) checkpoints.set(stream, checkpoint);
      deadLetters.push(...added);
      if (resolve !== undefined) {
        deadLetters.forEach((letter, index) => {
          if (resolvedIds.has(letter.id) && letter.resolvedAt === undefined) {
            deadLetters[index] = { ...letter, resolvedAt: resolve.at };
          }
        });
      }
      return { deadLetterIds: added.map((letter) => letter.id) };
    },
    async getCheckpoint(stream) {
      open('getCheckpoint');
      const checkpoint = checkpoints.get(stream);
      return checkpoint === undefined ? undefined : { ...checkpoint };
    },
    async listCheckpoints() {
      open('listCheckpoints');
      return [...checkpoints.values()].sort((a, b) => compareText(a.stream, b.stream)).map((c) => ({ ...c }));
    },
    async deleteCheckpoint(stream) {
      open('deleteCheckpoint');
      return checkpoints.delete(stream);
    },
    async findDeliveries(keys) {
      open('findDeliveries');
      for (const key of keys) checkRecordKey('findDeliveries', key);
      const wanted = new Set(keys.map((key) => `${key.recordType}\u001f${key.recordId}`));
      return [...deliveries.values()]
        .filter((record) => wanted.has(`${record.recordType}\u001f${record.recordId}`))
        .sort(compareDeliveryKeys)
        .map((record) => structuredClone(record));
    },
    async listDeliveries(options = {}) {
      open('listDeliveries');
      if (options.after !== undefined) checkDeliveryKey('listDeliveries', options.after);
      return filterDeliveries([...deliveries.values()], options);
    },
    async countDeliveries(options = {}) {
      open('countDeliveries');
      return filterDeliveries([...deliveries.values()], { ...options, limit: Number.MAX_SAFE_INTEGER })
        .length;
    },
    async listDeadLetters(options = {}) {
      open('listDeadLetters');
      return pageDeadLetters(deadLetters, options);
    },
    async startRun(start) {
      open('startRun');
      runs.set(start.runId, startedRun(runs.get(start.runId), start));
      runOrder.push(start.runId);
    },
    async finishRun(finish) {
      open('finishRun');
      runs.set(finish.runId, finishedRun(runs.get(finish.runId), finish));
    },
    async getRun(runId) {
      open('getRun');
      const run = runs.get(runId);
      return run === undefined ? undefined : structuredClone(run);
    },
    async listRuns(options = {}) {
      open('listRuns');
      // Newest first: by start time, then by the order runs were started.
      return runOrder
        .map((id, index) => ({ run: runs.get(id) as RunRecord, index }))
        .filter(({ run }) => options.status === undefined || run.status === options.status)
        .sort((a, b) =>
          a.run.startedAt === b.run.startedAt
            ? b.index - a.index
            : a.run.startedAt < b.run.startedAt
              ? 1
              : -1,
        )
        .slice(0, options.limit ?? 100)
        .map(({ run }) => structuredClone(run));
    },
    async close() {
      closed = true;
    },
  };
}
