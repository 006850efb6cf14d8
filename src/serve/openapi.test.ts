// /openapi.json describes every endpoint and parameter, and real responses fit its schemas.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../store/sqlite/SqliteStore.js';
import type { Store } from '../store/Store.js';
import { buildServer } from './app.js';
import { ARTICLE_TEXT, fixtureEvents, schemaId } from './fixtures/events.js';

type Doc = { openapi: string; paths: Record<string, Record<string, any>>; components: { schemas: Record<string, unknown> } };

describe('sitrep API: /openapi.json', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let doc: Doc;
  let articleId: string;
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  const fits = async (path: string, schema: string) => {
    const body = await (await fetch(app.listeningOrigin + path)).json();
    const validate = ajv.getSchema(`api.json#/components/schemas/${schema}`)!;
    assert.ok(validate(body), `${path} as ${schema}: ${ajv.errorsText(validate.errors)}`);
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-openapi-'));
    store = openSqliteStore(join(dir, 'openapi.db'));
    ({ id: articleId } = await store.saveArticle({ origin: '/fixtures/api.txt', url: null, source: null, title: null,
      byline: null, published: null, language: 'eng', text: ARTICLE_TEXT }));
    await store.replaceEvents(articleId, fixtureEvents(articleId).map((e) => ({ ...e, event_id: schemaId(e.event_id) })));
    app = await buildServer({ store });
    await app.listen({ port: 0, host: '127.0.0.1' });
    doc = (await (await fetch(`${app.listeningOrigin}/openapi.json`)).json()) as Doc;
    ajv.addSchema({ $id: 'api.json', components: doc.components });
  });
  after(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is OpenAPI 3.1 and documents every endpoint with a summary and its responses', () => {
    assert.equal(doc.openapi, '3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    assert.deepEqual(operations.sort(), ['GET /api/articles/{id}', 'GET /api/events', 'GET /api/events/{id}', 'GET /api/stats',
      'GET /openapi.json', 'POST /api/articles']);
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        assert.ok(op.summary, 'a summary');
        assert.ok(Object.keys(op.responses).some((code) => code.startsWith('2')), `${op.summary}: a success response`);
      }
    }
    assert.deepEqual(doc.paths['/api/articles']!.post.security, [{ bearer: [] }]);
  });

  test('lists the ACLED parameter names of /api/events, each with a schema', () => {
    const params = doc.paths['/api/events']!.get.parameters as { name: string; in: string; schema: object }[];
    for (const name of ['event_date', 'event_date_where', 'event_type', 'sub_event_type', 'actor1', 'country', 'admin1',
      'fatalities', 'fatalities_where', 'claim', 'bbox', 'q', 'limit', 'page', 'format']) {
      const p = params.find((x) => x.name === name);
      assert.ok(p && p.in === 'query' && p.schema, name);
    }
  });

  test('every component schema compiles, and real responses fit the documented ones', async () => {
    for (const name of Object.keys(doc.components.schemas)) assert.ok(ajv.getSchema(`api.json#/components/schemas/${name}`), name);
    await fits('/api/events', 'EventPage');
    const [first] = ((await (await fetch(`${app.listeningOrigin}/api/events?limit=1`)).json()) as { data: { event_id: string }[] }).data;
    await fits(`/api/events/${first!.event_id}`, 'EventReply');
    await fits(`/api/articles/${articleId}`, 'ArticleReply');
    await fits('/api/stats', 'Stats');
    await fits('/api/events/ev_0000000000000000', 'Error');
    const validate = ajv.getSchema('api.json#/components/schemas/EventPage')!;
    assert.equal(validate({ success: true, count: 1, total: 1, page: 1, limit: 1, data: [{ event_id: 'not an event' }] }), false);
  });
});
