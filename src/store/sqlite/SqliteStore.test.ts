import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { storeContract } from '../contract.js';
import { openSqliteStore } from './SqliteStore.js';
import { UserError } from '../../errors.js';

storeContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  const path = join(dir, 'test.db');
  return {
    store: openSqliteStore(path),
    reopen: async () => openSqliteStore(path),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

test('sqlite: WAL mode, and a database from a newer sitrep is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  try {
    const path = join(dir, 'wal.db');
    const store = openSqliteStore(path);
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    store.db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', '')").run();
    store.db.close();
    assert.throws(() => openSqliteStore(path), /schema version 999 is newer/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: a file that is not a database gives a user error naming it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  try {
    const path = join(dir, 'not-a-db.db');
    writeFileSync(path, 'this is plain text, not SQLite '.repeat(200));
    assert.throws(() => openSqliteStore(path), (err: unknown) => err instanceof UserError && err.message.includes(path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

