import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { sitrep, sitrepChild } from './cli.js';
import { generateArticles } from './generateArticles.js';

const COUNT = 20_000;

function storedIds(db: string): string[] {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare('SELECT id FROM articles').all() as { id: string }[]).map((r) => r.id);
  } finally {
    conn.close();
  }
}

test('SIGKILL in the middle of a large ingest: re-running finishes with no duplicate and nothing committed lost', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'));
  try {
    const dump = join(dir, 'dump.jsonl');
    const db = join(dir, 'kill.db');
    writeFileSync(dump, generateArticles(COUNT, 7).map((a) => JSON.stringify(a)).join('\n'));
    const child = sitrepChild(['--db', db, 'ingest', dump, '--quiet', '--no-extract']);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let before: string[] = [];
    for (let i = 0; i < 600 && before.length < 500; i++) {
      await sleep(50);
      try { before = storedIds(db); } catch { /* not created yet */ }
    }
    assert.ok(before.length >= 500 && before.length < COUNT, `killed mid-way (had ${before.length})`);
    child.kill('SIGKILL');
    assert.equal(await exited, null, 'ended by the signal, not by finishing');

    const atKill = storedIds(db);
    const r = sitrep(['--db', db, 'ingest', dump, '--json', '--no-extract']);
    assert.equal(r.status, 0, r.stderr);
    const summary = JSON.parse(r.stdout);
    const after = storedIds(db);
    assert.equal(after.length, COUNT, 'every article once');
    assert.equal(new Set(after).size, COUNT);
    assert.equal(summary.inserted + summary.duplicate, COUNT);
    assert.equal(summary.duplicate, atKill.length, 'what was committed before the kill is recognised, not stored again');
    const afterSet = new Set(after);
    assert.ok(atKill.every((id) => afterSet.has(id)), 'nothing committed before the kill is lost');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
