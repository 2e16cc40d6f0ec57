import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeIdentifier } from '@credit-bridge/core';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqliteMirrorStore, createSqliteStateStore } from '../../src/index.js';
import { useTempDir } from '../support/temp-dir.js';
import { describeMirrorStoreContract } from './mirror-store-contract.js';
import { listings } from './support/blacklist-data.js';

describeMirrorStoreContract('sqlite', {
  persistent: true,
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'credit-bridge-mirror-'));
    const path = join(dir, 'nested', 'state.db');
    return {
      open: () => createSqliteMirrorStore({ path }),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
});

describe('createSqliteMirrorStore', () => {
  const tempDir = useTempDir();
  const [entry] = listings(41, 1);

  it('shares the state file with the state store: own tables, own connection, the state untouched', async () => {
    const path = join(tempDir(), 'state.db');
    const state = await createSqliteStateStore({ path });
    await state.commit({
      checkpoints: [{ stream: 'penalty:a.csv', position: 12, at: '2026-06-30T09:00:00+08:00' }],
    });
    const mirror = await createSqliteMirrorStore({ path });
    if (entry === undefined) throw new Error('no entry generated');
    const subject = entry.subject;
    await mirror.apply({
      upserts: [
        {
          recordId: entry.recordId,
          version: 1,
          subjectKind: subject.category === 'natural_person' ? 'idNumber' : 'uscc',
          subjectKey: normalizeIdentifier(
            subject.category === 'natural_person' ? subject.idNumber : subject.uscc,
          ),
          entry,
          changedAt: '2026-06-30T09:00:00+08:00',
        },
      ],
      cursor: 'c1-0000000000000001',
    });
    // Both connections write while the other is open (WAL), and each reads its own data.
    await state.commit({
      checkpoints: [{ stream: 'penalty:a.csv', position: 20, at: '2026-06-30T09:01:00+08:00' }],
    });
    expect((await state.getCheckpoint('penalty:a.csv'))?.position).toBe(20);
    expect(await mirror.state()).toMatchObject({ records: 1, cursor: 'c1-0000000000000001' });
    await state.close();
    await mirror.close();

    const db = new Database(path, { readonly: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual([
      'checkpoints',
      'dead_letters',
      'deliveries',
      'meta',
      'mirror_meta',
      'mirror_records',
      'receipts',
      'runs',
    ]);
    expect(db.pragma('application_id', { simple: true })).toBe(0x43425354);
    db.close();
    const reopened = await createSqliteStateStore({ path });
    expect((await reopened.getCheckpoint('penalty:a.csv'))?.position).toBe(20);
    await reopened.close();
  });

  it('opens a file of its own as a state file, and a mirror-first file later as the state store', async () => {
    const path = join(tempDir(), 'mirror.db');
    const mirror = await createSqliteMirrorStore({ path });
    await mirror.apply({ cursor: 'c1-0000000000000000', refreshedAt: '2026-06-30T09:00:00.000+08:00' });
    await mirror.close();
    const state = await createSqliteStateStore({ path });
    expect(await state.listCheckpoints()).toEqual([]);
    await state.close();
  });

  it('refuses a foreign file and leaves it untouched', async () => {
    const path = join(tempDir(), 'other.db');
    const db = new Database(path);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    db.close();
    const before = readFileSync(path);
    await expect(createSqliteMirrorStore({ path })).rejects.toMatchObject({ code: 'E_STATE_FOREIGN' });
    expect(readFileSync(path).equals(before)).toBe(true);
    const text = join(tempDir(), 'notes.txt');
    writeFileSync(text, 'mirror');
    await expect(createSqliteMirrorStore({ path: text })).rejects.toMatchObject({ code: 'E_STATE_FOREIGN' });
  });

  it('refuses mirror tables written by a newer credit-bridge', async () => {
    const path = join(tempDir(), 'state.db');
    await (await createSqliteMirrorStore({ path })).close();
    const db = new Database(path);
    db.prepare("UPDATE mirror_meta SET value = '9' WHERE key = 'schema_version'").run();
    db.close();
    const error = await createSqliteMirrorStore({ path }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'E_MIRROR_VERSION' });
    expect(String((error as Error).message)).toContain(path);
  });
});
