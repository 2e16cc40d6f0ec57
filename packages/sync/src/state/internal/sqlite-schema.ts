/**
 * `PRAGMA application_id` of a credit-bridge state file: the bytes `CBST` (0x43425354). SQLite keeps
 * it in the file header (offset 68), so a foreign SQLite file is recognised before anything is read.
 */
export const STATE_APPLICATION_ID = 0x43425354;

/** The schema version this code writes and reads (`PRAGMA user_version`). */
export const STATE_SCHEMA_VERSION = 1;

/** The `meta` row that names the file's format. */
export const STATE_FORMAT = 'credit-bridge-state';

/** The schema of version 1; STRICT tables so a wrong type fails instead of being stored. */
export const SCHEMA_V1 = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
CREATE TABLE checkpoints (
  stream TEXT PRIMARY KEY,
  position TEXT NOT NULL,
  fingerprint TEXT,
  run_id TEXT,
  updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE deliveries (
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  content_hash TEXT NOT NULL,
  sink TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('sent', 'accepted', 'rejected')),
  receipt TEXT,
  run_id TEXT,
  attempts INTEGER NOT NULL,
  first_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (record_type, record_id, version, content_hash, sink)
) STRICT, WITHOUT ROWID;
CREATE INDEX deliveries_by_sink ON deliveries (sink, status);
CREATE TABLE dead_letters (
  id INTEGER PRIMARY KEY,
  run_id TEXT,
  source TEXT NOT NULL,
  row_number INTEGER NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT,
  issues TEXT NOT NULL,
  at TEXT NOT NULL,
  resolved_at TEXT
) STRICT;
CREATE INDEX dead_letters_by_run ON dead_letters (run_id);
CREATE TABLE runs (
  run_id TEXT PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL,
  counts TEXT NOT NULL,
  details TEXT
) STRICT;
`;
