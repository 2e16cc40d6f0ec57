import type { BlacklistEntry } from '@credit-bridge/core';
import type Database from 'better-sqlite3';
import { openSqliteDatabase } from '../state/internal/open-sqlite-database.js';
import { wrapSqliteError } from '../state/internal/wrap-sqlite-error.js';
import {
  checkExpectedCursor,
  checkMirrorChanges,
  compareRecordIds,
} from './internal/check-mirror-changes.js';
import { mirrorError } from './internal/mirror-error.js';
import { ensureMirrorSchema } from './internal/sqlite-mirror-schema.js';
import type { MirrorChanges, MirrorRecord, MirrorStore, MirrorSubjectKind } from './mirror-store.js';

/** Options of {@link createSqliteMirrorStore}. */
export interface SqliteMirrorStoreOptions {
  /**
   * The state file (the one `createSqliteStateStore` opens) or a file of the mirror's own; created
   * with its directory when missing. Either way it is a credit-bridge state file.
   */
  path: string;
  /** Run SQLite's `quick_check` on opening (reads the whole file once); default true. */
  integrityCheck?: boolean;
  /** How long to wait for another connection's write lock; default 5,000 ms. */
  busyTimeoutMs?: number;
}

interface RecordRow {
  record_id: string;
  version: number;
  subject_kind: string;
  subject_key: string;
  changed_at: string;
  ended_by: string | null;
  entry: string;
}

/**
 * Opens a {@link MirrorStore} in a SQLite file through better-sqlite3 (WAL, `synchronous = FULL`). The
 * file is opened and proven exactly as the state store opens it (`E_STATE_FOREIGN`, `E_STATE_CORRUPT`,
 * `E_STATE_VERSION` for a file that is not a credit-bridge state file), so it can share the state file:
 * the mirror keeps its own tables there (`mirror_meta`, `mirror_records`), on its own connection, and
 * the state store's interface and schema stay free of them. A separate path works the same. Each step
 * is one SQLite transaction.
 *
 * @example
 * const store = await createSqliteMirrorStore({ path: '/var/lib/credit-bridge/state.db' });
 * const mirror = createBlacklistMirror({ client, store });
 */
export async function createSqliteMirrorStore(options: SqliteMirrorStoreOptions): Promise<MirrorStore> {
  const { path } = options;
  const db = openSqliteDatabase({
    path,
    integrityCheck: options.integrityCheck ?? true,
    busyTimeoutMs: options.busyTimeoutMs ?? 5000,
  });
  try {
    ensureMirrorSchema(db, path);
  } catch (error) {
    db.close();
    throw wrapSqliteError(error, 'open', path);
  }
  const statements = prepareStatements(db);
  let closed = false;

  function run<T>(operation: string, body: () => T): Promise<T> {
    if (closed) return Promise.reject(mirrorError('E_MIRROR_CLOSED', operation, 'the store is closed'));
    try {
      return Promise.resolve(body());
    } catch (error) {
      return Promise.reject(wrapSqliteError(error, `mirror ${operation}`, path));
    }
  }

  const meta = (key: string): string | undefined =>
    (statements.getMeta.get(key) as { value: string } | undefined)?.value;

  const apply = db.transaction((changes: MirrorChanges) => {
    checkMirrorChanges(changes);
    checkExpectedCursor(changes, meta('cursor'));
    for (const record of changes.upserts ?? []) {
      statements.upsert.run({
        record_id: record.recordId,
        version: record.version,
        subject_kind: record.subjectKind,
        subject_key: record.subjectKey,
        changed_at: record.changedAt,
        ended_by: record.endedBy ?? null,
        entry: JSON.stringify(record.entry),
      });
    }
    for (const removal of changes.removals ?? []) statements.remove.run(removal.recordId, removal.version);
    statements.putMeta.run('cursor', changes.cursor);
    if (changes.refreshedAt !== undefined) statements.putMeta.run('refreshed_at', changes.refreshedAt);
  });

  return {
    kind: 'sqlite',
    apply: (changes) => run('apply', () => apply(changes)),
    state: () =>
      run('state', () => {
        const cursor = meta('cursor');
        const refreshedAt = meta('refreshed_at');
        return {
          records: (statements.count.get() as { n: number }).n,
          ...(cursor === undefined ? {} : { cursor }),
          ...(refreshedAt === undefined ? {} : { refreshedAt }),
        };
      }),
    get: (recordIds) =>
      run('get', () =>
        [...new Set(recordIds)]
          .flatMap((id) => {
            const row = statements.getRecord.get(id) as RecordRow | undefined;
            return row === undefined ? [] : [row];
          })
          .sort((a, b) => compareRecordIds(a.record_id, b.record_id))
          .map(recordFromRow),
      ),
    list: (listOptions = {}) =>
      run('list', () => {
        const limit = listOptions.limit ?? 1000;
        const rows =
          listOptions.after === undefined
            ? statements.listFirst.all(limit)
            : statements.listAfter.all(listOptions.after, limit);
        return (rows as RecordRow[]).map(recordFromRow);
      }),
    reset: () =>
      run('reset', () =>
        db.transaction(() => {
          db.exec("DELETE FROM mirror_records; DELETE FROM mirror_meta WHERE key <> 'schema_version';");
        })(),
      ),
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}

function recordFromRow(row: RecordRow): MirrorRecord {
  return {
    recordId: row.record_id,
    version: row.version,
    subjectKind: row.subject_kind as MirrorSubjectKind,
    subjectKey: row.subject_key,
    changedAt: row.changed_at,
    entry: JSON.parse(row.entry) as BlacklistEntry,
    ...(row.ended_by === null ? {} : { endedBy: row.ended_by }),
  };
}

function prepareStatements(db: Database.Database) {
  return {
    getMeta: db.prepare('SELECT value FROM mirror_meta WHERE key = ?'),
    putMeta: db.prepare(
      'INSERT INTO mirror_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
    // The version guards make a step that is applied twice (or late) change nothing.
    upsert: db.prepare(
      `INSERT INTO mirror_records VALUES (@record_id, @version, @subject_kind, @subject_key, @changed_at, @ended_by, @entry)
       ON CONFLICT (record_id) DO UPDATE SET version = excluded.version, subject_kind = excluded.subject_kind,
         subject_key = excluded.subject_key, changed_at = excluded.changed_at, ended_by = excluded.ended_by,
         entry = excluded.entry
       WHERE excluded.version >= mirror_records.version`,
    ),
    remove: db.prepare('DELETE FROM mirror_records WHERE record_id = ? AND version <= ?'),
    count: db.prepare('SELECT count(*) AS n FROM mirror_records'),
    getRecord: db.prepare('SELECT * FROM mirror_records WHERE record_id = ?'),
    listFirst: db.prepare('SELECT * FROM mirror_records ORDER BY record_id LIMIT ?'),
    listAfter: db.prepare('SELECT * FROM mirror_records WHERE record_id > ? ORDER BY record_id LIMIT ?'),
  };
}
