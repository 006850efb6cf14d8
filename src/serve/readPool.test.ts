import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { UserError } from '../errors.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/SqliteStore.js';
import { fixtureEvent, fixtureEvents } from './fixtures/events.js';
import { ReadPool, readPoolFor, readWorkers } from './readPool.js';
import { type PageQuery, pageBody, pageTotal } from './readWorker.js';

describe('the read pool', () => {
  let dir: string;
  let store: SqliteStore;
  let pool: ReadPool;
  let articleId: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-pool-'));
    store = openSqliteStore(join(dir, 'pool.db'));
    ({ id: articleId } = await store.saveArticle({ origin: 'pool.txt', url: null, source: null, title: null, byline: null,
      published: '2024-03-15', language: 'eng', text: 'Pool fixture.' }));
    await store.replaceEvents(articleId, fixtureEvents(articleId));
    pool = new ReadPool(join(dir, 'pool.db'), 2);
  });

  after(async () => {
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The reply the server builds on its own thread from the store. */
  async function storeBody(query: PageQuery, page: number): Promise<string> {
    const rows = await store.listEventsJson(query);
    return pageBody(rows, await pageTotal(rows.length, query, () => store.countEvents(query)), page, query.limit);
  }

  test('pages read in the workers are byte for byte the ones the store gives, totals included', async () => {
    const queries: [PageQuery, number][] = [
      [{ limit: 500, offset: 0 }, 1],
      [{ limit: 2, offset: 0 }, 1], // full: the total is counted
      [{ limit: 2, offset: 2 }, 2],
      [{ limit: 2, offset: 40 }, 21], // past the end: counted, no rows
      [{ eventType: 'Battles', from: '2024-01-01', to: '2024-03-31', bbox: [-5, 10, 5, 20], limit: 1, offset: 0 }, 1],
      [{ bbox: [170, -20, -170, 30], limit: 10, offset: 0 }, 1], // across the antimeridian
      [{ text: 'monastery', limit: 10, offset: 0 }, 1],
    ];
    for (const [query, page] of queries) {
      const pooled = await pool.page(query, page)!;
      const want = await storeBody(query, page);
      assert.equal(pooled.body.toString('utf8'), want, JSON.stringify(query));
      assert.equal(pooled.total, JSON.parse(want).total);
    }
    const all = JSON.parse((await pool.page({ limit: 500, offset: 0 }, 1)!).body.toString());
    assert.deepEqual(all.data.map((e: { event_id: string }) => e.event_id), ['ev_strike', 'ev_march', 'ev_clash', 'ev_ambush', 'ev_undated']);
  });

  test('an event stored after the pool started is in its next page', async () => {
    const { id } = await store.saveArticle({ origin: 'later.txt', url: null, source: null, title: null, byline: null,
      published: '2024-04-02', language: 'eng', text: 'A later report.' });
    const later = { event_date: '2024-04-01', date_range: ['2024-04-01', '2024-04-01'] as [string, string] };
    await store.replaceEvents(id, [fixtureEvent(id, 'ev_later', { ...later, latitude: -33.9, longitude: 18.4, location: 'Cape Town' })]);
    const page = JSON.parse((await pool.page({ bbox: [18, -34, 19, -33], limit: 10, offset: 0 }, 1)!).body.toString());
    assert.deepEqual(page.data.map((e: { event_id: string }) => e.event_id), ['ev_later']);
  });

  test('a closed pool gives no page, so the route reads from the store itself', async () => {
    const spare = new ReadPool(join(dir, 'pool.db'), 1);
    assert.ok(await spare.page({ limit: 1, offset: 0 }, 1));
    await spare.close();
    assert.equal(spare.page({ limit: 1, offset: 0 }, 1), null);
  });
});

test('SITREP_READ_WORKERS: a whole number, 0 for none; anything else is a one-line error naming it', () => {
  const saved = process.env.SITREP_READ_WORKERS;
  try {
    for (const bad of ['two', '-1', '1.5', '']) {
      process.env.SITREP_READ_WORKERS = bad;
      assert.throws(readWorkers, (err: Error) => err instanceof UserError && err.message.startsWith('SITREP_READ_WORKERS'), bad);
    }
    process.env.SITREP_READ_WORKERS = '0';
    assert.equal(readWorkers(), 0);
    delete process.env.SITREP_READ_WORKERS;
    assert.ok(readWorkers() >= 1 && readWorkers() <= 2);
  } finally {
    if (saved === undefined) delete process.env.SITREP_READ_WORKERS;
    else process.env.SITREP_READ_WORKERS = saved;
  }
});

test('no pool for an in-memory store or for 0 workers', async () => {
  const memory = openSqliteStore(':memory:');
  try {
    assert.equal(readPoolFor(memory, 2), null);
  } finally {
    await memory.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pool-'));
  const file = openSqliteStore(join(dir, 'none.db'));
  try {
    assert.equal(readPoolFor(file, 0), null);
    const pool = readPoolFor(file, 1);
    assert.ok(pool);
    await pool.close();
  } finally {
    await file.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
