/**
 * `PRAGMA application_id` of a credit-bridge state file: the bytes `CBST` (0x43425354). SQLite keeps
 * it in the file header (offset 68), so a foreign SQLite file is recognised before anything is read.
 */
export const STATE_APPLICATION_ID = 0x43425354;

/**
 * The schema version this code writes and reads (`PRAGMA user_version`). A file of an older version is
 * upgraded on opening ({@link SCHEMA_UPGRADES}); a newer one is refused.
 */
export const STATE_SCHEMA_VERSION = 2;

/** The `meta` row that names the file's format. */
export const STATE_FORMAT = 'credit-bridge-state';

// The ledger's tables of version 2: in a new file, and made by the upgrade from version 1.
const LEDGER_TABLES = `
CREATE TABLE receipts (
  id INTEGER PRIMARY KEY,
  body TEXT NOT NULL UNIQUE
) STRICT;
CREATE TABLE deliveries (
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  content_hash BLOB NOT NULL CHECK (length(content_hash) = 32),
  sink TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('sent', 'accepted', 'rejected')),
  receipt_id INTEGER REFERENCES receipts (id),
  run_id TEXT,
  attempts INTEGER NOT NULL,
  first_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (record_type, record_id, version, content_hash, sink)
) STRICT, WITHOUT ROWID;
CREATE INDEX deliveries_unsettled ON deliveries (sink, status) WHERE status <> 'accepted';
`;

/**
 * The schema of version 2; STRICT tables so a wrong type fails instead of being stored.
 *
 * The ledger takes one row per record and sink on every run, so its rows are kept small: a content
 * hash is its 32 bytes, and a receipt (shared by every record of a batch) is a row of `receipts` that
 * the deliveries refer to. An index on `(sink, status)` would repeat each row's key; only the rows not
 * accepted, few in a healthy ledger, are indexed.
 */
export const SCHEMA = `
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
${LEDGER_TABLES}CREATE TABLE dead_letters (
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

/**
 * The steps from each older schema version to the next, by the version they start from; each runs in
 * the transaction that sets the new version.
 *
 * 1 → 2: the ledger's receipts move to `receipts` (one row per distinct receipt) and content hashes
 * become bytes. A version-1 hash that is not 64 hex characters becomes NULL and fails the NOT NULL
 * constraint, so a damaged ledger stops the upgrade instead of losing the row.
 */
export const SCHEMA_UPGRADES: Readonly<Record<number, string>> = {
  1: `
ALTER TABLE deliveries RENAME TO deliveries_v1;
${LEDGER_TABLES}
INSERT INTO receipts (body)
  SELECT DISTINCT receipt FROM deliveries_v1 WHERE receipt IS NOT NULL ORDER BY receipt;
INSERT INTO deliveries
  SELECT d.record_type, d.record_id, d.version, unhex(d.content_hash), d.sink, d.status, r.id, d.run_id,
    d.attempts, d.first_at, d.updated_at
  FROM deliveries_v1 AS d LEFT JOIN receipts AS r ON r.body = d.receipt;
DROP TABLE deliveries_v1;
`,
};
