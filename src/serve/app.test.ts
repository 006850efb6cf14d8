// The API over a real HTTP server on 127.0.0.1 and a real SQLite file, with hand-made events.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../store/sqlite/SqliteStore.js';
import type { Store } from '../store/Store.js';
import { buildServer } from './app.js';
import { ARTICLE_TEXT, fixtureEvents } from './fixtures/events.js';

describe('sitrep API: reading events', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  let articleId: string;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });
  const ids = async (path: string) => {
    const res = await get(path);
    assert.equal(res.status, 200, `${path}: ${res.status}`);
    return ((await res.json()) as { data: { event_id: string }[] }).data.map((e) => e.event_id);
  };
  const badRequest = async (path: string, message: RegExp) => {
    const res = await get(path);
    assert.equal(res.status, 400, path);
    const body = (await res.json()) as { success: boolean; error: string };
    assert.equal(body.success, false);
    assert.match(body.error, message);
    assert.ok(!body.error.includes('\n'), 'one line');
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
    store = openSqliteStore(join(dir, 'api.db'));
    ({ id: articleId } = await store.saveArticle({ origin: '/fixtures/api.txt', url: null, source: 'Test Wire', title: 'Fixture',
      byline: null, published: '2024-03-15', language: 'eng', text: ARTICLE_TEXT }));
    await store.replaceEvents(articleId, fixtureEvents(articleId));
    app = await buildServer({ store });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('lists every event newest first, undated last, with the page figures and safe headers', async () => {
    const res = await get('/api/events');
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const body = (await res.json()) as Record<string, unknown> & { data: { event_id: string }[] };
    assert.deepEqual({ ...body, data: body.data.map((e) => e.event_id) }, {
      success: true, count: 5, total: 5, page: 1, limit: 500,
      data: ['ev_strike', 'ev_march', 'ev_clash', 'ev_ambush', 'ev_undated'],
    });
  });

  test('filters by date: one day, a range, on or after, on or before', async () => {
    assert.deepEqual(await ids('/api/events?event_date=2024-03-10'), ['ev_march']);
    assert.deepEqual(await ids('/api/events?event_date=2024-03-01|2024-03-12'), ['ev_march', 'ev_clash']);
    assert.deepEqual(await ids('/api/events?event_date=2024-03-10&event_date_where=>='), ['ev_strike', 'ev_march']);
    assert.deepEqual(await ids('/api/events?event_date=2024-03-04&event_date_where=<='), ['ev_clash', 'ev_ambush']);
  });

  test('filters by type, sub-event type, actor, country, admin1 and claim', async () => {
    assert.deepEqual(await ids('/api/events?event_type=Protests'), ['ev_march']);
    assert.deepEqual(await ids(`/api/events?sub_event_type=${encodeURIComponent('Air/drone strike')}`), ['ev_strike']);
    assert.deepEqual(await ids('/api/events?actor1=civilians'), ['ev_strike'], 'actor1 matches actor2 too');
    assert.deepEqual(await ids('/api/events?actor=Fiji'), ['ev_march']);
    assert.deepEqual(await ids('/api/events?country=myanmar'), ['ev_strike']);
    assert.deepEqual(await ids('/api/events?admin1=Menaka'), ['ev_ambush']);
    assert.deepEqual(await ids('/api/events?claim=alleged'), ['ev_strike']);
  });

  test('filters by fatalities, bounding box and full text', async () => {
    assert.deepEqual(await ids('/api/events?fatalities=9'), ['ev_strike', 'ev_ambush'], '>= by default');
    assert.deepEqual(await ids('/api/events?fatalities=0&fatalities_where=='), ['ev_march']);
    assert.deepEqual(await ids('/api/events?fatalities=4&fatalities_where=<'), ['ev_march']);
    assert.deepEqual(await ids('/api/events?bbox=-5,10,5,20'), ['ev_clash', 'ev_ambush']);
    assert.deepEqual(await ids('/api/events?bbox=170,-30,-170,0'), ['ev_march'], 'across the antimeridian');
    assert.deepEqual(await ids('/api/events?q=monastery'), ['ev_strike']);
    assert.deepEqual(await ids('/api/events?q=convoy%20menaka'), ['ev_ambush']);
    assert.deepEqual(await ids('/api/events?q=Menaka&event_type=Protests'), []);
  });

  test('pages through the list; the total counts every page', async () => {
    const res = await get('/api/events?limit=2&page=2');
    const body = (await res.json()) as { count: number; total: number; page: number; data: { event_id: string }[] };
    assert.deepEqual([body.count, body.total, body.page, body.data.map((e) => e.event_id)], [2, 5, 2, ['ev_clash', 'ev_ambush']]);
    assert.deepEqual(await ids('/api/events?limit=2&page=4'), []);
  });

  test('CSV has ACLED\'s columns; GeoJSON is a FeatureCollection; Accept picks the format too', async () => {
    const csv = await get('/api/events?format=csv&event_type=Battles');
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(csv.headers.get('x-total-count'), '3');
    const lines = (await csv.text()).trim().split('\n');
    assert.match(lines[0]!, /^event_id,event_date,year,time_precision,event_type,sub_event_type,actor1/);
    assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), ['ev_clash', 'ev_ambush', 'ev_undated']);
    const geo = await get('/api/events?bbox=90,10,100,30', { accept: 'application/geo+json' });
    assert.equal(geo.headers.get('content-type'), 'application/geo+json; charset=utf-8');
    const fc = (await geo.json()) as { type: string; features: { id: string; geometry: { coordinates: number[] } }[] };
    assert.equal(fc.type, 'FeatureCollection');
    assert.deepEqual(fc.features.map((f) => [f.id, f.geometry.coordinates]), [['ev_strike', [95.52, 23.2]]]);
    assert.match(await (await get('/api/events?limit=1', { accept: 'text/csv' })).text(), /^event_id,/);
  });

  test('one event carries its evidence and sources; one article carries its text', async () => {
    const res = await get('/api/events/ev_clash');
    const { success, data } = (await res.json()) as { success: boolean; data: Record<string, any> };
    assert.equal(success, true);
    assert.deepEqual(data.evidence[0], { field: 'event_type', start: 9, end: 16, text: 'clashed' });
    assert.equal(data.sources[0].article_id, articleId);
    const article = (await (await get(`/api/articles/${articleId}`)).json()) as { data: { text: string } };
    assert.equal(article.data.text.slice(9, 16), 'clashed');
  });

  test('unknown ids and endpoints are 404 with a JSON error', async () => {
    for (const path of ['/api/events/ev_nothing', '/api/articles/nothing', '/api/nothing']) {
      const res = await get(path);
      assert.equal(res.status, 404, path);
      assert.equal(((await res.json()) as { success: boolean }).success, false);
    }
  });

  test('bad parameters are 400 with a one-line message naming the parameter', async () => {
    await badRequest('/api/events?limit=0', /limit/);
    await badRequest('/api/events?limit=5001', /limit/);
    await badRequest('/api/events?page=x', /page/);
    await badRequest('/api/events?event_type=Skirmish', /event_type.*Battles/);
    await badRequest('/api/events?event_type=Protests&sub_event_type=Armed%20clash', /sub_event_type/);
    await badRequest('/api/events?event_date=2024-02-30', /event_date.*calendar day/);
    await badRequest('/api/events?event_date=2024-03-10|2024-03-01', /event_date/);
    await badRequest('/api/events?event_date=March', /event_date.*YYYY-MM-DD/);
    await badRequest('/api/events?event_date=2024-03-01|2024-03-02&event_date_where==', /event_date/);
    await badRequest('/api/events?bbox=1,2,3', /bbox/);
    await badRequest('/api/events?bbox=0,50,10,40', /bbox.*minLat/);
    await badRequest('/api/events?bbox=0,0,200,10', /bbox.*longitude/);
    await badRequest('/api/events?fatalities=-1', /fatalities/);
    await badRequest('/api/events?fatalities_where=%3E', /fatalities_where/);
    await badRequest('/api/events?claim=rumoured', /claim/);
    await badRequest('/api/events?format=xml', /format/);
    await badRequest('/api/events?evnt_type=Battles', /unknown parameter evnt_type/);
    await badRequest('/api/stats?limit=5', /unknown parameter limit/);
  });

  test('stats count the matching events by type and by day', async () => {
    const res = await get('/api/stats?country=Mali');
    assert.deepEqual(await res.json(), {
      success: true, total: 3, by_type: { Battles: 3 },
      by_day: [{ date: '2024-02-01', event_type: 'Battles', count: 1 }, { date: '2024-03-04', event_type: 'Battles', count: 1 }],
    });
  });
});
