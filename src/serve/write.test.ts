// The one write, POST /api/articles: token rules, and real ingestion and extraction behind it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../store/sqlite/SqliteStore.js';
import type { Store } from '../store/Store.js';
import { buildServer } from './app.js';

const REPORT = { text: 'Gunmen killed six villagers in a raid near Gao on Sunday, residents said.', published: '2024-03-05',
  title: 'Raid near Gao', url: 'https://news.example.org/gao-raid' };

describe('sitrep API: POST /api/articles', () => {
  let dir: string;
  let store: Store;
  let guarded: FastifyInstance;
  let readOnly: FastifyInstance;
  const post = (app: FastifyInstance, body: unknown, auth?: string) => fetch(`${app.listeningOrigin}/api/articles`, {
    method: 'POST', body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
  });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-write-'));
    store = openSqliteStore(join(dir, 'write.db'));
    guarded = await buildServer({ store, token: 's3cret' });
    readOnly = await buildServer({ store });
    await guarded.listen({ port: 0, host: '127.0.0.1' });
    await readOnly.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await Promise.all([guarded.close(), readOnly.close()]);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('without a configured token every write is 403; a missing or wrong token is 401', async () => {
    const refused = await post(readOnly, REPORT, 'Bearer s3cret');
    assert.equal(refused.status, 403);
    assert.match(((await refused.json()) as { error: string }).error, /read-only/);
    const missing = await post(guarded, REPORT);
    assert.equal(missing.status, 401);
    assert.equal(missing.headers.get('www-authenticate'), 'Bearer');
    assert.equal((await post(guarded, REPORT, 'Bearer guess')).status, 401);
    assert.equal((await post(guarded, { nonsense: true }, 'Bearer guess')).status, 401, 'the token is checked before the body');
    assert.equal(await store.countEvents(), 0);
  });

  test('with the token an article is stored and its events extracted; the same one again is a duplicate', async () => {
    const res = await post(guarded, REPORT, 'Bearer s3cret');
    assert.equal(res.status, 201);
    const body = (await res.json()) as { id: string; outcome: string; count: number; data: Record<string, any>[] };
    assert.equal(body.outcome, 'inserted');
    assert.equal(body.count, 1);
    assert.equal(body.data[0]!.fatalities, 6);
    assert.equal(body.data[0]!.event_date, '2024-03-03');
    const stored = (await (await fetch(`${readOnly.listeningOrigin}/api/events/${body.data[0]!.event_id}`)).json()) as { data: unknown };
    assert.deepEqual(stored.data, body.data[0]);
    const article = (await (await fetch(`${readOnly.listeningOrigin}/api/articles/${body.id}`)).json()) as { data: { title: string } };
    assert.equal(article.data.title, 'Raid near Gao');
    const again = await post(guarded, REPORT, 'Bearer s3cret');
    assert.equal(again.status, 200);
    const dup = (await again.json()) as { id: string; outcome: string; data: { event_id: string }[] };
    assert.deepEqual([dup.id, dup.outcome, dup.data.map((e) => e.event_id)], [body.id, 'duplicate', [body.data[0]!.event_id]]);
  });

  test('a body without text is 400 naming the field; text that cannot be used is 422 with the reason', async () => {
    const bad = await post(guarded, { title: 'no text' }, 'Bearer s3cret');
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: string }).error, /missing field text/);
    const extra = await post(guarded, { text: 'x', body: 'y' }, 'Bearer s3cret');
    assert.match(((await extra.json()) as { error: string }).error, /unknown field body/);
    const blank = await post(guarded, { text: '  \n  ' }, 'Bearer s3cret');
    assert.equal(blank.status, 422);
    assert.match(((await blank.json()) as { error: string }).error, /^article not stored: empty$/);
  });
});
