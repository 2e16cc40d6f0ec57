import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  createSqliteStateStore,
  type DeliveryRecord,
  type JsonObject,
  type StateStore,
} from '../../src/index.js';
import { upgradeSchema } from '../../src/state/internal/upgrade-sqlite-schema.js';
import { LATER } from '../state-store-contract/contract-fixtures.js';
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
    expect(db.pragma('user_version', { simple: true })).toBe(2);
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

describe('createSqliteStateStore on a file of state schema 1', () => {
  const tempDir = useTempDir();
  const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
  // `state-v1.db` was written by the schema-1 store (credit-bridge sync before the ledger's receipts
  // table), `state-v1.json` is what that store listed from it: see fixtures/README.md.
  const copyV1 = () => {
    const path = join(tempDir(), 'state.db');
    copyFileSync(fixture('state-v1.db'), path);
    return path;
  };
  const listEverything = async (store: StateStore) => ({
    deliveries: await store.listDeliveries({ limit: 100 }),
    checkpoints: await store.listCheckpoints(),
    deadLetters: await store.listDeadLetters({ includeResolved: true }),
    runs: await store.listRuns(),
  });
  // What `read` finds in the file, opened read-only and closed again.
  const readFile = <T>(path: string, read: (db: Database.Database) => T): T => {
    const db = new Database(path, { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };
  const schemaOf = (path: string) =>
    readFile(path, (db) => ({
      version: db.pragma('user_version', { simple: true }),
      // The upgrade vacuums: the old ledger's pages are not kept as free pages.
      freePages: db.pragma('freelist_count', { simple: true }),
      meta: db.prepare('SELECT key, value FROM meta ORDER BY key').all(),
      objects: db
        .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
        .all(),
    }));

  it('upgrades it to schema 2 on opening, keeping every entry, and leaves a copy of the old file', async () => {
    const path = copyV1();
    const store = await createSqliteStateStore({ path });
    expect(await listEverything(store)).toEqual(JSON.parse(readFileSync(fixture('state-v1.json'), 'utf8')));
    await store.close();

    // The upgraded file has exactly the schema of a new one.
    const fresh = join(tempDir(), 'fresh.db');
    await (await createSqliteStateStore({ path: fresh })).close();
    const upgraded = schemaOf(path);
    expect(upgraded.version).toBe(2);
    expect(upgraded).toEqual(schemaOf(fresh));

    // The copy holds the old file's content, still schema 1, for going back to the credit-bridge that wrote it.
    const rowsOf = (file: string) =>
      readFile(file, (db) => ({
        version: db.pragma('user_version', { simple: true }),
        tables: ['meta', 'checkpoints', 'deliveries', 'dead_letters', 'runs'].map((table) =>
          db.prepare(`SELECT * FROM ${table}`).all(),
        ),
      }));
    const old = rowsOf(`${path}.schema-1.bak`);
    expect(old.version).toBe(1);
    expect(old.tables[2]).toHaveLength(8);
    expect(old).toEqual(rowsOf(fileURLToPath(fixture('state-v1.db'))));
    expect(readdirSync(dirname(path)).filter((name) => name.includes('.bak'))).toEqual([
      'state.db.schema-1.bak',
    ]);
  });

  it('stores each distinct receipt once, and goes on using the receipts it upgraded', async () => {
    const path = copyV1();
    const store = await createSqliteStateStore({ path });
    const [before] = await store.findDeliveries([{ recordType: 'penalty', recordId: 'CF-420113-000001' }]);
    const receipt = before?.receipt as JsonObject;
    await store.commit({
      deliveries: [
        {
          ...(before as DeliveryRecord),
          recordId: 'CF-420113-000010',
          receipt: structuredClone(receipt),
          at: LATER,
        },
        {
          ...(before as DeliveryRecord),
          recordId: 'CF-420113-000011',
          receipt: { batchId: 'new' },
          at: LATER,
        },
      ],
    });
    const found = await store.findDeliveries([
      { recordType: 'penalty', recordId: 'CF-420113-000010' },
      { recordType: 'penalty', recordId: 'CF-420113-000011' },
    ]);
    expect(found.map((d) => d.receipt)).toEqual([receipt, { batchId: 'new' }]);
    await store.close();
    const bodies = readFile(
      path,
      (db) => db.prepare('SELECT body FROM receipts ORDER BY body').all() as { body: string }[],
    );
    // Four distinct receipts in the schema-1 file (seven entries have one), one more since.
    expect(bodies).toHaveLength(5);
    expect(new Set(bodies.map((row) => row.body)).size).toBe(5);
  });

  it('refuses a schema-1 ledger it cannot carry over as damaged, and leaves the file as it was', async () => {
    const path = copyV1();
    const db = new Database(path);
    db.prepare("UPDATE deliveries SET content_hash = 'not-a-hash' WHERE record_id = 'XF-000001'").run();
    db.close();
    const error = await createSqliteStateStore({ path }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'E_STATE_CORRUPT', details: { path, version: 1 } });
    expect(String((error as Error).message)).toContain('could not be upgraded from state schema 1 to 2');
    readFile(path, (after) => {
      expect(after.pragma('user_version', { simple: true })).toBe(1);
      expect(after.prepare('SELECT count(*) AS n FROM deliveries').get()).toEqual({ n: 8 });
    });
  });

  it('keeps no copy of a file another process upgraded since it was inspected, and changes nothing', async () => {
    const path = copyV1();
    await (await createSqliteStateStore({ path })).close();
    rmSync(`${path}.schema-1.bak`);
    const before = schemaOf(path);
    // As a process that inspected the file at schema 1 finds it when its turn comes.
    const db = new Database(path);
    upgradeSchema(db, path, 1);
    db.close();
    expect(readdirSync(dirname(path)).filter((name) => name.includes('.bak'))).toEqual([]);
    expect(schemaOf(path)).toEqual(before);
    const store = await createSqliteStateStore({ path });
    expect(await listEverything(store)).toEqual(JSON.parse(readFileSync(fixture('state-v1.json'), 'utf8')));
    await store.close();
  });

  it('finds nothing to do on opening a file it upgraded', async () => {
    const path = copyV1();
    await (await createSqliteStateStore({ path })).close();
    const backup = `${path}.schema-1.bak`;
    const copied = statSync(backup).mtimeMs;
    const store = await createSqliteStateStore({ path });
    expect(await store.countDeliveries()).toBe(8);
    await store.close();
    expect(statSync(backup).mtimeMs).toBe(copied);
  });
});
