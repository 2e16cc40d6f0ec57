import type Database from 'better-sqlite3';
import {
  checkCheckpointUpdate,
  checkDeadLetter,
  checkDeliveryKey,
  checkDeliveryUpdate,
  checkExpectedPosition,
  checkRecordKey,
  compareDeliveryKeys,
  transitionError,
} from './internal/check-changes.js';
import { openSqliteDatabase } from './internal/open-sqlite-database.js';
import { finishedRun, startedRun } from './internal/run-transitions.js';
import {
  type CheckpointRow,
  checkpointFromRow,
  type DeadLetterRow,
  type DeliveryRow,
  deadLetterFromRow,
  deliveryFromRow,
  type RunRow,
  runFromRow,
  runToRow,
} from './internal/sqlite-rows.js';
import { stateError } from './internal/state-error.js';
import { wrapSqliteError } from './internal/wrap-sqlite-error.js';
import type { DeliveryUpdate, ListDeliveriesOptions, StateStore } from './state-store.js';

/** Options of {@link createSqliteStateStore}. */
export interface SqliteStateStoreOptions {
  /** The state file; created (with its directory) when missing. */
  path: string;
  /** Run SQLite's `quick_check` on opening (reads the whole file once); default true. */
  integrityCheck?: boolean;
  /** How long to wait for another connection's write lock; default 5,000 ms. */
  busyTimeoutMs?: number;
}

const KEY = ['record_type', 'record_id', 'version', 'content_hash', 'sink'];
const KEY_COLUMNS = `(${KEY.join(', ')})`;
// The key's columns of the table, not of the result (whose `content_hash` is the hex text): ordered by
// these, a page is read in primary-key order with nothing to sort.
const TABLE_KEY = KEY.map((column) => `deliveries.${column}`).join(', ');
// Ledger rows as `DeliveryRow`s: the content hash as lower-case hex, the receipt's JSON in place of its id.
const SELECT_DELIVERIES = `SELECT record_type, record_id, version, lower(hex(content_hash)) AS content_hash, sink,
  status, receipts.body AS receipt, run_id, attempts, first_at, updated_at
  FROM deliveries LEFT JOIN receipts ON receipts.id = deliveries.receipt_id`;
// Deliveries per upsert statement: each run of a statement has a fixed cost (bind, step, reset), and
// fifty rows to a run write a ledger row in about 60% of the CPU of one row to a run.
const UPSERT_ROWS = 50;
// Thrown inside a grouped commit when a statement changed fewer rows than it wrote: a refused delivery.
const REFUSED_IN_GROUP = Symbol('a delivery in a grouped upsert was refused');
const FIND_CHUNK = 400;

/**
 * Opens a {@link StateStore} in a SQLite file (better-sqlite3, WAL, `synchronous = FULL`). The file
 * proves on opening that it is a credit-bridge state file: `E_STATE_FOREIGN` for any other file,
 * `E_STATE_CORRUPT` for a damaged one, `E_STATE_VERSION` for one written by a newer credit-bridge;
 * it is never silently replaced by an empty state. Commits are single SQLite transactions.
 *
 * @example
 * const store = await createSqliteStateStore({ path: '/var/lib/credit-bridge/state.db' });
 * try { await runSync(plan, { store }); } finally { await store.close(); }
 */
export async function createSqliteStateStore(options: SqliteStateStoreOptions): Promise<StateStore> {
  const { path } = options;
  const db = openSqliteDatabase({
    path,
    integrityCheck: options.integrityCheck ?? true,
    busyTimeoutMs: options.busyTimeoutMs ?? 5000,
  });
  let closed = false;
  const statements = prepareStatements(db);
  // Ledger reads come in chunks of a few sizes (a run judges its records in equal chunks), ledger writes
  // in groups of UPSERT_ROWS and a remainder.
  const findStatement = preparedBySize(db, (size) => {
    const values = Array.from({ length: size }, () => '(?, ?)').join(', ');
    return `${SELECT_DELIVERIES} WHERE (record_type, record_id) IN (VALUES ${values})`;
  });
  const upsertStatement = preparedBySize(db, upsertDeliveriesSql);

  function run<T>(operation: string, body: () => T): Promise<T> {
    if (closed) return Promise.reject(stateError('E_STATE_CLOSED', operation, 'the store is closed'));
    try {
      return Promise.resolve(body());
    } catch (error) {
      return Promise.reject(wrapSqliteError(error, operation, path));
    }
  }

  // UPSERT_ROWS deliveries per upsert statement when `grouped`, else one, which names the one refused.
  const writeDeliveries = (deliveries: readonly DeliveryUpdate[], grouped: boolean) => {
    // The deliveries of one batch share one receipt object: stored once, as the row they refer to.
    const receipts = new Map<object, number>();
    const receiptId = (receipt: object) => {
      let id = receipts.get(receipt);
      if (id === undefined) {
        id = (statements.putReceipt.get(JSON.stringify(receipt)) as { id: number }).id;
        receipts.set(receipt, id);
      }
      return id;
    };
    const size = grouped ? UPSERT_ROWS : 1;
    for (let start = 0; start < deliveries.length; start += size) {
      const group = deliveries.slice(start, start + size);
      // Positional parameters: one delivery per record of every run, and binding by name costs more.
      const values: (string | number | null)[] = [];
      for (const update of group) {
        // A grouped commit has checked every update before it began.
        if (!grouped) checkDeliveryUpdate(update);
        values.push(
          update.recordType,
          update.recordId,
          update.version,
          update.contentHash,
          update.sink,
          update.status,
          update.receipt === undefined ? null : receiptId(update.receipt),
          update.runId ?? null,
          update.at,
          update.at,
        );
      }
      // The upsert's WHERE refuses to take an accepted delivery back (as nextDelivery does): a row it
      // refused is not counted in `changes`.
      if (upsertStatement(group.length).run(values).changes !== group.length) {
        if (!grouped) throw transitionError(group[0] as DeliveryUpdate);
        throw REFUSED_IN_GROUP;
      }
    }
  };

  const commitOnce = (changes: Parameters<StateStore['commit']>[0], grouped: boolean) => {
    writeDeliveries(changes.deliveries ?? [], grouped);
    for (const update of changes.checkpoints ?? []) {
      checkCheckpointUpdate(update);
      const row = statements.getCheckpoint.get(update.stream) as CheckpointRow | undefined;
      checkExpectedPosition(update, row && checkpointFromRow(row).position);
      statements.putCheckpoint.run({
        stream: update.stream,
        position: JSON.stringify(update.position),
        fingerprint: update.fingerprint ?? null,
        run_id: update.runId ?? null,
        updated_at: update.at,
      });
    }
    const deadLetterIds: number[] = [];
    for (const letter of changes.deadLetters ?? []) {
      checkDeadLetter(letter);
      const result = statements.addDeadLetter.run({
        run_id: letter.runId ?? null,
        source: letter.source,
        row_number: letter.rowNumber,
        record_type: letter.recordType,
        record_id: letter.recordId ?? null,
        issues: JSON.stringify(letter.issues),
        at: letter.at,
      });
      deadLetterIds.push(Number(result.lastInsertRowid));
    }
    const resolve = changes.resolveDeadLetters;
    for (const id of resolve?.ids ?? []) statements.resolveDeadLetter.run({ id, at: resolve?.at });
    return { deadLetterIds };
  };
  const commitGrouped = db.transaction((changes: Parameters<StateStore['commit']>[0]) =>
    commitOnce(changes, true),
  );
  const commitOneByOne = db.transaction((changes: Parameters<StateStore['commit']>[0]) =>
    commitOnce(changes, false),
  );
  // A commit writes its deliveries many rows to a statement. When one of them is malformed, or refused
  // (the whole transaction is then rolled back), the commit is made a row at a time instead, which
  // throws exactly what it would have: the first malformed or refused delivery, in order.
  const commit = (changes: Parameters<StateStore['commit']>[0]) => {
    if (!(changes.deliveries ?? []).every(isWellFormed)) return commitOneByOne(changes);
    try {
      return commitGrouped(changes);
    } catch (error) {
      if (error !== REFUSED_IN_GROUP) throw error;
      return commitOneByOne(changes);
    }
  };

  return {
    kind: 'sqlite',
    commit: (changes) => run('commit', () => commit(changes)),
    getCheckpoint: (stream) =>
      run('getCheckpoint', () => {
        const row = statements.getCheckpoint.get(stream) as CheckpointRow | undefined;
        return row && checkpointFromRow(row);
      }),
    listCheckpoints: () =>
      run('listCheckpoints', () =>
        (statements.listCheckpoints.all() as CheckpointRow[]).map(checkpointFromRow),
      ),
    deleteCheckpoint: (stream) =>
      run('deleteCheckpoint', () => statements.deleteCheckpoint.run(stream).changes > 0),
    findDeliveries: (keys) =>
      run('findDeliveries', () => {
        for (const key of keys) checkRecordKey('findDeliveries', key);
        const unique = [
          ...new Map(keys.map((key) => [`${key.recordType}\u001f${key.recordId}`, key])).values(),
        ];
        const rows: DeliveryRow[] = [];
        for (let start = 0; start < unique.length; start += FIND_CHUNK) {
          const chunk = unique.slice(start, start + FIND_CHUNK);
          const found = findStatement(chunk.length).all(
            ...chunk.flatMap((key) => [key.recordType, key.recordId]),
          ) as DeliveryRow[];
          for (const row of found) rows.push(row);
        }
        return rows.map(deliveryFromRow).sort(compareDeliveryKeys);
      }),
    listDeliveries: (options = {}) =>
      run('listDeliveries', () => {
        const { where, params } = deliveryFilter(options);
        if (options.after !== undefined) {
          const { after } = options;
          checkDeliveryKey('listDeliveries', after);
          where.push(`(${TABLE_KEY}) > (?, ?, ?, unhex(?), ?)`);
          params.push(after.recordType, after.recordId, after.version, after.contentHash, after.sink);
        }
        const sql = `${SELECT_DELIVERIES} ${clause(where)} ORDER BY ${TABLE_KEY} LIMIT ?`;
        return (db.prepare(sql).all(...params, options.limit ?? 1000) as DeliveryRow[]).map(deliveryFromRow);
      }),
    countDeliveries: (options = {}) =>
      run('countDeliveries', () => {
        const { where, params } = deliveryFilter(options);
        return (
          db.prepare(`SELECT count(*) AS n FROM deliveries ${clause(where)}`).get(...params) as { n: number }
        ).n;
      }),
    listDeadLetters: (options = {}) =>
      run('listDeadLetters', () => {
        const where: string[] = [];
        const params: (string | number)[] = [];
        const add = (sql: string, value: string | number | undefined) => {
          if (value === undefined) return;
          where.push(sql);
          params.push(value);
        };
        add('run_id = ?', options.runId);
        add('source = ?', options.source);
        add('record_type = ?', options.recordType);
        add('id > ?', options.afterId);
        if (options.includeResolved !== true) where.push('resolved_at IS NULL');
        const sql = `SELECT * FROM dead_letters ${clause(where)} ORDER BY id LIMIT ?`;
        return (db.prepare(sql).all(...params, options.limit ?? 1000) as DeadLetterRow[]).map(
          deadLetterFromRow,
        );
      }),
    startRun: (start) =>
      run('startRun', () => {
        const row = statements.getRun.get(start.runId) as RunRow | undefined;
        statements.putRun.run(runToRow(startedRun(row && runFromRow(row), start)));
      }),
    finishRun: (finish) =>
      run('finishRun', () => {
        const row = statements.getRun.get(finish.runId) as RunRow | undefined;
        statements.putRun.run(runToRow(finishedRun(row && runFromRow(row), finish)));
      }),
    getRun: (runId) =>
      run('getRun', () => {
        const row = statements.getRun.get(runId) as RunRow | undefined;
        return row && runFromRow(row);
      }),
    listRuns: (options = {}) =>
      run('listRuns', () => {
        const filter = options.status === undefined ? '' : 'WHERE status = ?';
        const params = options.status === undefined ? [] : [options.status];
        const sql = `SELECT * FROM runs ${filter} ORDER BY started_at DESC, rowid DESC LIMIT ?`;
        return (db.prepare(sql).all(...params, options.limit ?? 100) as RunRow[]).map(runFromRow);
      }),
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}

function prepareStatements(db: Database.Database) {
  return {
    getCheckpoint: db.prepare('SELECT * FROM checkpoints WHERE stream = ?'),
    listCheckpoints: db.prepare('SELECT * FROM checkpoints ORDER BY stream'),
    putCheckpoint: db.prepare(
      'INSERT OR REPLACE INTO checkpoints VALUES (@stream, @position, @fingerprint, @run_id, @updated_at)',
    ),
    deleteCheckpoint: db.prepare('DELETE FROM checkpoints WHERE stream = ?'),
    addDeadLetter: db.prepare(
      `INSERT INTO dead_letters (run_id, source, row_number, record_type, record_id, issues, at)
       VALUES (@run_id, @source, @row_number, @record_type, @record_id, @issues, @at)`,
    ),
    resolveDeadLetter: db.prepare(
      'UPDATE dead_letters SET resolved_at = @at WHERE id = @id AND resolved_at IS NULL',
    ),
    // A receipt already stored is found, not stored twice: the no-op update makes RETURNING answer.
    putReceipt: db.prepare(
      'INSERT INTO receipts (body) VALUES (?) ON CONFLICT (body) DO UPDATE SET body = body RETURNING id',
    ),
    getRun: db.prepare('SELECT * FROM runs WHERE run_id = ?'),
    putRun: db.prepare(
      `INSERT INTO runs (run_id, started_at, finished_at, status, counts, details)
       VALUES (@run_id, @started_at, @finished_at, @status, @counts, @details)
       ON CONFLICT (run_id) DO UPDATE SET finished_at = excluded.finished_at, status = excluded.status,
       counts = excluded.counts, details = excluded.details`,
    ),
  };
}

function isWellFormed(update: DeliveryUpdate): boolean {
  try {
    checkDeliveryUpdate(update);
    return true;
  } catch {
    return false;
  }
}

// Statements whose SQL depends on a size, each prepared once on first use (64 sizes at most are kept).
function preparedBySize(
  db: Database.Database,
  sql: (size: number) => string,
): (size: number) => Database.Statement {
  const prepared = new Map<number, Database.Statement>();
  return (size) => {
    let statement = prepared.get(size);
    if (statement === undefined) {
      statement = db.prepare(sql(size));
      if (prepared.size < 64) prepared.set(size, statement);
    }
    return statement;
  };
}

// SQLite takes the rows of a multi-row upsert one after another, so a key twice in one statement
// updates the row its first occurrence wrote, as two statements would.
function upsertDeliveriesSql(rows: number): string {
  const row = '(?, ?, ?, unhex(?), ?, ?, ?, ?, 1, ?, ?)';
  return `INSERT INTO deliveries VALUES ${Array.from({ length: rows }, () => row).join(', ')}
       ON CONFLICT ${KEY_COLUMNS} DO UPDATE SET
         status = excluded.status, receipt_id = coalesce(excluded.receipt_id, receipt_id),
         run_id = coalesce(excluded.run_id, run_id), attempts = attempts + 1, updated_at = excluded.updated_at
       WHERE status <> 'accepted' OR excluded.status = 'accepted'`;
}

function deliveryFilter(options: Omit<ListDeliveriesOptions, 'after' | 'limit'>) {
  const where: string[] = [];
  const params: (string | number)[] = [];
  for (const [column, value] of [
    ['sink', options.sink],
    ['record_type', options.recordType],
    ['status', options.status],
  ] as const) {
    if (value !== undefined) {
      where.push(`${column} = ?`);
      params.push(value);
    }
  }
  // Spelled out so SQLite sees the partial index `deliveries_unsettled` covers the query.
  if (options.status !== undefined && options.status !== 'accepted') where.push("status <> 'accepted'");
  return { where, params };
}

function clause(where: readonly string[]): string {
  return where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
}
