import { randomUUID } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { readSqliteHeader } from './read-sqlite-header.js';
import { SCHEMA_UPGRADES, STATE_SCHEMA_VERSION } from './sqlite-schema.js';
import { stateError } from './state-error.js';

/**
 * Where {@link upgradeSchema} keeps the copy of a state file of schema `version` made before upgrading it.
 *
 * @example
 * backupPathOf('/var/lib/credit-bridge/state.db', 1); // '/var/lib/credit-bridge/state.db.schema-1.bak'
 */
export function backupPathOf(path: string, version: number): string {
  return `${path}.schema-${version}.bak`;
}

/**
 * Brings a state file of an older schema version (`from`) up to the current one. A copy of the file as
 * it is comes first, beside it ({@link backupPathOf}; written whole under a name of its own, then renamed
 * into place), so an operator who has to go back to the credit-bridge that wrote it can. The steps run in one immediate
 * transaction that also sets the new version: a failure or a crash leaves the file as it was, and a
 * second process opening the file at the same moment waits, then finds nothing left to do. The file is
 * vacuumed afterwards, so it does not keep the old ledger's pages. A ledger
 * entry the new schema cannot take is `E_STATE_CORRUPT`; any other failure is left to the caller.
 */
export function upgradeSchema(db: Database.Database, path: string, from: number): void {
  const backup = backupPathOf(path, from);
  // A name of its own: another process upgrading the same file at the same moment writes its own copy.
  const partial = `${backup}.${process.pid}-${randomUUID()}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    // Another process may have upgraded the file since it was inspected: only a copy of the old schema
    // takes the backup's name.
    if (readSqliteHeader(partial).header.readUInt32BE(60) === from) renameSync(partial, backup);
  } finally {
    rmSync(partial, { force: true });
  }
  try {
    db.transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      for (let version = current; version < STATE_SCHEMA_VERSION; version++) {
        const step = SCHEMA_UPGRADES[version];
        if (step === undefined) throw new Error(`credit-bridge has no upgrade from state schema ${version}`);
        db.exec(step);
      }
      db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(STATE_SCHEMA_VERSION));
      db.pragma(`user_version = ${STATE_SCHEMA_VERSION}`);
    }).immediate();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) throw error;
    throw stateError(
      'E_STATE_CORRUPT',
      'open',
      `${path} could not be upgraded from state schema ${from} to ${STATE_SCHEMA_VERSION}, and is unchanged: ${(error as Error).message}`,
      { path, version: from, supported: STATE_SCHEMA_VERSION },
      error,
    );
  }
  // The old ledger's pages are free now, and the file would keep them: rebuilt, it is the new ledger's size.
  db.exec('VACUUM');
}
