// Merging in the SQLite driver beyond the contract: the upgrade of a database written before
// merging existed, and candidates found through the index rather than a scan.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { mention } from '../../merge/fixtures.js';
import { MIGRATIONS } from './migrations/index.js';
import { openSqliteStore } from './SqliteStore.js';

function withDir(work: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-'));
  return work(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('a database from before merging is upgraded: its events become mergeable', () => withDir(async (dir) => {
  const path = join(dir, 'old.db');
  const old = new Database(path);
  old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of MIGRATIONS.filter((m) => m.version < 4)) {
    old.exec(m.sql);
    old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '');
  }
  old.prepare(`INSERT INTO articles (id, origin, fetched_at, text, content_hash, status) VALUES ('a1', 'a1.txt', '', 'x', 'h1', 'extracted')`).run();
  const stored = mention('a1');
  old.prepare(`INSERT INTO events (event_id, article_id, date_from, date_to, event_type, sub_event_type, latitude, longitude, json)
    VALUES (?, 'a1', '2021-06-13', '2021-06-13', ?, ?, ?, ?, ?)`)
    .run(stored.event_id, stored.event_type, stored.sub_event_type, stored.latitude, stored.longitude, JSON.stringify(stored));
  old.close();

  const store = openSqliteStore(path);
  try {
    const { id } = await store.saveArticle({ origin: 'b.txt', url: null, source: null, title: null, byline: null,
      published: '2021-06-15', language: 'eng', text: 'A later report of the Daquq bomb.' });
    const summary = await store.replaceEvents(id, [mention(id, { event_id: 'ev_later' }, '2021-06-15')]);
    assert.deepEqual(summary, { events: 1, merged: 1 });
    assert.deepEqual((await store.getEvent(stored.event_id))?.sources.map((s) => s.article_id), ['a1', id]);
  } finally {
    await store.close();
  }
}));

test('candidates come from the R*Tree of windows, not a scan of the events', () => withDir(async (dir) => {
  const store = openSqliteStore(join(dir, 'plan.db'));
  try {
    const plan = store.db.prepare(`EXPLAIN QUERY PLAN SELECT w.key FROM event_windows w
      JOIN event_clusters c ON c.key = w.key JOIN events e ON e.event_id = c.event_id
      WHERE w.day_from <= 1 AND w.day_to >= 0 AND w.lat_min <= 1 AND w.lat_max >= 0 AND w.lon_min <= 1 AND w.lon_max >= 0`)
      .all() as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    assert.match(details, /SCAN w VIRTUAL TABLE INDEX \d+:[A-F0-9]+/);
    assert.doesNotMatch(details, /SCAN (c|e)\b(?! USING)/);
  } finally {
    await store.close();
  }
}));
