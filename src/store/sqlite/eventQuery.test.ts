import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { fixtureEvent } from '../../serve/fixtures/events.js';
import { ftsQuery } from './eventQuery.js';
import { migration as articles } from './migrations/001-articles.js';
import { migration as events } from './migrations/002-events.js';
import { openSqliteStore } from './SqliteStore.js';

test('search words become quoted phrases; a trailing star stays a prefix; no words, no query', () => {
  assert.equal(ftsQuery('air strike'), '"air" "strike"');
  assert.equal(ftsQuery('monast* "Kanbalu'), '"monast"* """Kanbalu"');
  assert.equal(ftsQuery(' ( * "" '), null);
  assert.equal(ftsQuery('NOT'), '"NOT"', 'an operator word is searched as a word');
});

test('a database of schema 2 gains the new filters, full text included, for the events it already holds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-migrate-'));
  try {
    const path = join(dir, 'v2.db');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of [articles, events]) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2024-01-01');
    }
    old.prepare(`INSERT INTO articles (id, origin, fetched_at, text, status) VALUES ('a1', 'x.txt', '2024', 'text', 'extracted')`).run();
    const e = fixtureEvent('a1', 'ev_old', { admin1: 'Gao', notes: 'An ambush near Tessit.' });
    old.prepare(`INSERT INTO events (event_id, article_id, date_from, date_to, event_type, sub_event_type, json)
      VALUES ('ev_old', 'a1', '2024-03-04', '2024-03-04', 'Battles', 'Armed clash', ?)`).run(JSON.stringify(e));
    old.close();
    const store = openSqliteStore(path);
    try {
      assert.deepEqual(store.db.prepare('SELECT event_id FROM events WHERE rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)')
        .pluck().all('tessit'), ['ev_old']);
      assert.equal(store.db.prepare(`SELECT count(*) FROM events WHERE admin1 = 'gao' COLLATE NOCASE AND claim = 'reported'`).pluck().get(), 1);
    } finally {
      store.db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
