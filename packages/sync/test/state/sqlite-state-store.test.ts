import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqliteStateStore } from '../../src/index.js';
import { describeStateStoreContract, type StateStoreHarness } from '../state-store-contract.js';
import { useTempDir } from '../support/temp-dir.js';

interface FileHarness extends StateStoreHarness {
  path: string;
}

function fileHarness(): FileHarness {
  const dir = mkdtempSync(join(tmpdir(), 'credit-bridge-state-'));
  const path = join(dir, 'nested', 'state.db');
  return {
    path,
    open: () => createSqliteStateStore({ path }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function pathOf(harness: StateStoreHarness): string {
  return (harness as Partial<FileHarness>).path ?? '';
}

describeStateStoreContract('sqlite', {
  persistent: true,
  create: async () => fileHarness(),
  faults: {
    async corrupt(harness) {
      // Overwrite a b-tree page in the middle of the file; the header stays intact.
      const path = pathOf(harness);
      const bytes = readFileSync(path);
      const page = 4096;
      expect(bytes.length).toBeGreaterThan(4 * page);
      bytes.fill(0xa5, 2 * page, 3 * page);
      writeFileSync(path, bytes);
    },
    async foreign(harness) {
      // Another application's SQLite file that sets no application_id, the commonest case.
      mkdirSync(dirname(pathOf(harness)), { recursive: true });
      const db = new Database(pathOf(harness));
      db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
      db.close();
    },
    async futureVersion(harness) {
      const db = new Database(pathOf(harness));
      db.pragma('user_version = 99');
      db.close();
    },
  },
});

describe('createSqliteStateStore', () => {
  const tempDir = useTempDir();

  it('opens in WAL mode with synchronous FULL and marks the file as a credit-bridge state file', async () => {
    const path = join(tempDir(), 'state.db');
    const store = await createSqliteStateStore({ path });
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('application_id', { simple: true })).toBe(0x43425354);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'format'").get()).toEqual({
      value: 'credit-bridge-state',
    });
    db.close();
    const again = await createSqliteStateStore({ path });
    expect(again.kind).toBe('sqlite');
    await again.close();
  });

  it('leaves a foreign file untouched: another SQLite application, a text file, a directory', async () => {
    const dir = tempDir();
    const other = join(dir, 'other.db');
    const db = new Database(other);
    db.pragma('application_id = 1234');
    db.exec('CREATE TABLE t (x)');
    db.close();
    const text = join(dir, 'report.json');
    writeFileSync(text, JSON.stringify({ counts: { read: 1 } }));
    for (const path of [other, text, dir]) {
      const before = path === dir ? undefined : readFileSync(path);
      await expect(createSqliteStateStore({ path })).rejects.toMatchObject({ code: 'E_STATE_FOREIGN' });
      if (before !== undefined) expect(readFileSync(path).equals(before)).toBe(true);
    }
  });

  it('calls a zeroed or truncated file damaged, and names the file in the message', async () => {
    const dir = tempDir();
    const zeroed = join(dir, 'zeroed.db');
    writeFileSync(zeroed, Buffer.alloc(8192));
    const truncated = join(dir, 'truncated.db');
    const store = await createSqliteStateStore({ path: truncated });
    await store.close();
    const whole = readFileSync(truncated);
    const cutInHeader = join(dir, 'cut-in-header.db');
    writeFileSync(cutInHeader, whole.subarray(0, 60));
    writeFileSync(truncated, whole.subarray(0, 12));
    for (const path of [zeroed, truncated, cutInHeader]) {
      const error = await createSqliteStateStore({ path }).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'E_STATE_CORRUPT' });
      expect(String((error as Error).message)).toContain(path);
    }
  });
});
