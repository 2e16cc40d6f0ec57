import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { readSqliteHeader } from './read-sqlite-header.js';
import { SCHEMA, STATE_APPLICATION_ID, STATE_FORMAT, STATE_SCHEMA_VERSION } from './sqlite-schema.js';
import { stateError } from './state-error.js';
import { upgradeSchema } from './upgrade-sqlite-schema.js';
import { wrapSqliteError } from './wrap-sqlite-error.js';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Options of {@link openSqliteDatabase}. */
export interface OpenSqliteOptions {
  path: string;
  integrityCheck: boolean;
  busyTimeoutMs: number;
}

/**
 * Opens (or creates) a state file and proves it is one before anything is written: the SQLite
 * header, the application id, the schema version and the format row. A file that fails is an error
 * with a code an operator can act on, never a fresh empty state in its place.
 */
export function openSqliteDatabase(options: OpenSqliteOptions): Database.Database {
  const { path } = options;
  inspectHeader(path);
  let db: Database.Database | undefined;
  try {
    if (!existsSync(path)) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { timeout: options.busyTimeoutMs });
    // Nothing is written before the file proved to be ours (or empty): a foreign file stays untouched.
    const version = inspectSchema(db, path);
    // WAL lets readers (a status command, a second connection) read while a sync writes, and makes a
    // commit a single append. FULL syncs the WAL on every commit: a checkpoint that moved after the
    // platform accepted a batch must survive a power cut, or the batch is sent twice. NORMAL would only
    // survive a process crash; one fsync per batch is cheap next to a network round trip.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    if (version === 0) createSchema(db);
    if (options.integrityCheck) checkIntegrity(db, path);
    // Checked first: a damaged file is not upgraded, nor copied as the backup.
    if (version > 0 && version < STATE_SCHEMA_VERSION) upgradeSchema(db, path, version);
    return db;
  } catch (error) {
    db?.close();
    throw wrapSqliteError(error, 'open', path);
  }
}

function inspectHeader(path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    throw stateError('E_STATE_FOREIGN', 'open', `${path} is a directory, not a state file`, { path });
  }
  const { header, length } = readSqliteHeader(path);
  if (length === 0) return;
  if (!header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    // Zeroes or a cut-off SQLite header mean a damaged state file; anything else is someone else's file.
    const start = header.subarray(0, Math.min(length, 16));
    const damaged =
      header.subarray(0, length).every((byte) => byte === 0) ||
      start.equals(SQLITE_MAGIC.subarray(0, start.length));
    throw damaged
      ? stateError('E_STATE_CORRUPT', 'open', `${path} is damaged: its SQLite header is missing`, { path })
      : stateError(
          'E_STATE_FOREIGN',
          'open',
          `${path} is not a SQLite file, so not a credit-bridge state file`,
          {
            path,
          },
        );
  }
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== 0 && applicationId !== STATE_APPLICATION_ID) throw foreign(path, applicationId);
}

function foreign(path: string, applicationId: number): Error {
  return stateError(
    'E_STATE_FOREIGN',
    'open',
    `${path} is a SQLite file of another application (application_id 0x${applicationId.toString(16)}), not a credit-bridge state file`,
    { path },
  );
}

// One transaction: a crash while creating leaves an empty file, never half a schema.
function createSchema(db: Database.Database): void {
  db.transaction(() => {
    db.exec(SCHEMA);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run(
      'format',
      STATE_FORMAT,
      'schema_version',
      String(STATE_SCHEMA_VERSION),
    );
    db.pragma(`application_id = ${STATE_APPLICATION_ID}`);
    db.pragma(`user_version = ${STATE_SCHEMA_VERSION}`);
  })();
}

/**
 * The file's schema version, 0 for an empty database (to be created); throws unless the file is a
 * state file this code can read or upgrade.
 */
function inspectSchema(db: Database.Database, path: string): number {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
      n: number;
    };
    if (tables.n > 0) throw foreign(path, 0);
    return 0;
  }
  if (applicationId !== STATE_APPLICATION_ID) throw foreign(path, applicationId);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > STATE_SCHEMA_VERSION) {
    throw stateError(
      'E_STATE_VERSION',
      'open',
      `${path} has state schema ${version}; this version of credit-bridge reads up to ${STATE_SCHEMA_VERSION}: upgrade credit-bridge`,
      { path, version, supported: STATE_SCHEMA_VERSION },
    );
  }
  const format = db.prepare("SELECT value FROM meta WHERE key = 'format'").get() as
    | { value: string }
    | undefined;
  if (version < 1 || format?.value !== STATE_FORMAT) {
    throw stateError('E_STATE_CORRUPT', 'open', `${path} is a credit-bridge state file without its schema`, {
      path,
    });
  }
  return version;
}

function checkIntegrity(db: Database.Database, path: string): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((row) => row.quick_check).filter((result) => result !== 'ok');
  if (problems.length > 0) {
    throw stateError(
      'E_STATE_CORRUPT',
      'open',
      `${path} failed SQLite's quick_check: ${problems.slice(0, 3).join('; ')}`,
      {
        path,
      },
    );
  }
}
