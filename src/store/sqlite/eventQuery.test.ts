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
import { GRID_CELL, gridCells } from './migrations/005-grid-cells.js';
import type { ConflictEvent, EventType } from '../../model/event.js';
import type { EventQuery } from '../Store.js';

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

// Points on cell edges, the poles and both sides of the antimeridian, where the SQL cell and gridCells could part.
const LONS = [-180, -179.99, -2, -0.01, 0, 1.99, 2, 37.5, 179.99, 180];
const LATS = [-90, -2, -0.5, 0, 2, 15.9, 89.99, 90];
const TYPES: EventType[] = ['Battles', 'Protests', 'Riots'];

function gridEvents(articleId: string): ConflictEvent[] {
  const out: ConflictEvent[] = [];
  for (const [i, longitude] of LONS.entries()) {
    for (const [j, latitude] of LATS.entries()) {
      const day = `2024-0${1 + ((i + j) % 6)}-${String(10 + ((i * 7 + j) % 18))}`;
      out.push(fixtureEvent(articleId, `ev_g${i}_${j}`, { latitude, longitude, event_type: TYPES[(i + j) % 3]!,
        event_date: day, date_range: [day, day], sub_event_type: (i + j) % 3 === 0 ? 'Armed clash' : 'Peaceful protest' as never }));
    }
  }
  return out;
}

/** What a query should return, worked out in plain code: newest first, event_id breaking ties. */
function expected(all: ConflictEvent[], q: EventQuery): string[] {
  const [minLon, minLat, maxLon, maxLat] = q.bbox!;
  const inLon = (x: number) => (minLon <= maxLon ? x >= minLon && x <= maxLon : x >= minLon || x <= maxLon);
  return all.filter((e) => (!q.eventType || e.event_type === q.eventType) && inLon(e.longitude!)
      && e.latitude! >= minLat && e.latitude! <= maxLat
      && (!q.from || e.date_range![1] >= q.from) && (!q.to || e.date_range![0] <= q.to))
    .sort((a, b) => b.date_range![1].localeCompare(a.date_range![1]) || b.event_id.localeCompare(a.event_id))
    .map((e) => e.event_id);
}

test('a box query through the grid cells finds what the box holds: cell edges, poles, the antimeridian, paging', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-grid-'));
  const store = openSqliteStore(join(dir, 'grid.db'));
  try {
    const { id } = await store.saveArticle({ origin: 'grid.txt', url: null, source: null, title: null, byline: null,
      published: '2024-07-01', language: 'eng', text: 'Grid fixture.' });
    const all = gridEvents(id);
    await store.replaceEvents(id, all);
    const boxes: [number, number, number, number][] = [[-2, -2, 2, 2], [0, 0, 0, 0], [-0.01, -0.5, 1.99, 15.9],
      [179.99, -90, -179.99, 90], [170, -10, -170, 10], [-180, -90, 180, 90], [30, 10, 60, 40], [37.5, 89.99, 180, 90]];
    for (const bbox of boxes) {
      for (const q of [{ bbox }, { bbox, eventType: 'Battles' as const }, { bbox, from: '2024-02-15', to: '2024-04-20' },
        { bbox, eventType: 'Protests' as const, from: '2024-03-01', to: '2024-06-30' }]) {
        const want = expected(all, q);
        const ids = (await store.listEvents({ ...q, limit: 1000 })).map((e) => e.event_id);
        assert.deepEqual(ids, want, `${JSON.stringify(q)}`);
        assert.equal(await store.countEvents(q), want.length, `count of ${JSON.stringify(q)}`);
        assert.equal((await store.eventStats(q)).total, want.length, `stats of ${JSON.stringify(q)}`);
        const page2 = (await store.listEventsJson({ ...q, limit: 3, offset: 3 })).map((j) => (JSON.parse(j) as ConflictEvent).event_id);
        assert.deepEqual(page2, want.slice(3, 6), `second page of ${JSON.stringify(q)}`);
      }
    }
    assert.ok(expected(all, { bbox: [179.99, -90, -179.99, 90] }).length >= 24, 'the antimeridian box holds events on both sides');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('gridCells lists the cell SQLite computes for each point in a box; a box touches only its own cells', () => {
  const db = new Database(':memory:');
  const cellOf = db.prepare(`SELECT ${GRID_CELL} FROM (SELECT ? AS latitude, ? AS longitude)`).pluck();
  try {
    for (const lon of LONS) {
      for (const lat of LATS) {
        const cell = cellOf.get(lat, lon) as number;
        for (const box of [[lon, lat, lon, lat], [lon - 0.001, lat - 3, lon + 5, lat], [lon, -90, lon - 1, 90]] as const) {
          const bbox = box.map((v, k) => Math.max(k % 2 ? -90 : -180, Math.min(k % 2 ? 90 : 180, v))) as [number, number, number, number];
          assert.ok(gridCells(bbox).includes(cell), `cell ${cell} of (${lon}, ${lat}) missing from the cells of ${bbox}`);
        }
      }
    }
  } finally {
    db.close();
  }
  assert.equal(gridCells([-2, -2, 2, 2]).length, 9, 'a 4-degree box on cell edges touches 3 by 3 cells of 2 degrees');
  assert.equal(gridCells([179, 0, -179, 1]).length, 3, 'across the antimeridian: two columns east, one west, one row');
  assert.equal(gridCells([0.5, 0.5, 1.5, 1.5]).length, 1);
});
