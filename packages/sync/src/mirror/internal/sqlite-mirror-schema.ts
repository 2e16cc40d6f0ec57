import type Database from 'better-sqlite3';
import { mirrorError } from './mirror-error.js';

/** The version of the mirror's tables this code writes and reads (`mirror_meta` row `schema_version`). */
export const MIRROR_SCHEMA_VERSION = 1;

// Tables of their own, prefixed `mirror_`, versioned apart from the state tables: the state store's
// schema knows nothing of them, and a state file without them is simply a mirror not yet refreshed.
// A rowid table, not WITHOUT ROWID: rows carry whole entries as JSON, larger than SQLite advises for it.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS mirror_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS mirror_records (
  record_id TEXT PRIMARY KEY,
  version INTEGER NOT NULL CHECK (version > 0),
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('uscc', 'idNumber')),
  subject_key TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  ended_by TEXT,
  entry TEXT NOT NULL
) STRICT;
`;

/**
 * Creates the mirror's tables in an opened state file when they are missing (one transaction), and
 * refuses tables written by a newer credit-bridge (`E_MIRROR_VERSION`).
 */
export function ensureMirrorSchema(db: Database.Database, path: string): void {
  db.transaction(() => {
    db.exec(SCHEMA);
    db.prepare("INSERT OR IGNORE INTO mirror_meta (key, value) VALUES ('schema_version', ?)").run(
      String(MIRROR_SCHEMA_VERSION),
    );
  })();
  const row = db.prepare("SELECT value FROM mirror_meta WHERE key = 'schema_version'").get() as
    | { value: string }
    | undefined;
  const version = Number(row?.value);
  if (!(version <= MIRROR_SCHEMA_VERSION)) {
    throw mirrorError(
      'E_MIRROR_VERSION',
      'open',
      `${path} has mirror schema ${row?.value ?? 'unknown'}; this version of credit-bridge reads up to ${MIRROR_SCHEMA_VERSION}: upgrade credit-bridge`,
      { path, supported: MIRROR_SCHEMA_VERSION },
    );
  }
}
