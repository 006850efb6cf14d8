// The PostgreSQL driver against a real server: the contract suite every driver passes, and what is
// particular to a server shared by several processes (transactions on pooled clients, merge locking).
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, test } from 'node:test';
import { mention } from '../../merge/fixtures.js';
import type { ArticleInput } from '../../model/article.js';
import { UserError } from '../../errors.js';
import { type StoreFixture, storeContract } from '../contract.js';
import { openStore } from '../openStore.js';
import { openPostgresStore } from './PostgresStore.js';
import { NO_SERVER, TEST_PG_URL, freshDatabase } from './testDatabase.js';

const article = (text: string, published: string | null = null): ArticleInput => ({ origin: `${text.slice(0, 10)}.txt`,
  url: null, source: null, title: null, byline: null, published, language: 'eng', text });

/** Runs `work` on a store over a fresh database, dropped afterwards. */
async function withStore(work: (url: string) => Promise<void>): Promise<void> {
  const db = await freshDatabase();
  try {
    await work(db.url);
  } finally {
    await db.drop();
  }
}

if (!TEST_PG_URL) {
  test('postgres driver', { skip: NO_SERVER }, () => {});
} else {
  storeContract('postgres', async () => {
    const db = await freshDatabase();
    const fixture: StoreFixture = {
      store: await openPostgresStore(db.url),
      reopen: () => openPostgresStore(db.url),
      // The contract leaves its last store open; a pool left open would keep this process alive.
      cleanup: async () => { await fixture.store.close().catch(() => {}); await db.drop(); },
    };
    return fixture;
  });

  describe('postgres: a server database', () => {
    test('openStore takes a postgres:// URL; the schema is versioned and a newer one is refused', () => withStore(async (url) => {
      const store = await openStore(url);
      assert.equal(store.kind, 'postgres');
      await store.close();
      const again = await openPostgresStore(url);
      assert.deepEqual((await again.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version'))
        .map((r) => r.version), [1, 2], 'reopening applies nothing twice');
      await again.db.query(`INSERT INTO schema_migrations VALUES (999, 'future', '')`);
      await again.close();
      await assert.rejects(openPostgresStore(url), (err: unknown) =>
        err instanceof UserError && /schema version 999 is newer/.test(err.message) && err.message.includes(url));
    }));

    test('a server that does not answer is a user error naming the URL, without its password', async () => {
      const port = await new Promise<number>((resolve) => {
        const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); });
      });
      await assert.rejects(openStore(`postgres://sitrep:secret@127.0.0.1:${port}/sitrep`), (err: unknown) =>
        err instanceof UserError && err.message.includes(`postgres://sitrep:***@127.0.0.1:${port}/sitrep`)
        && !err.message.includes('secret') && /ECONNREFUSED/.test(err.message));
    });

    test('a batch is one transaction: other connections see nothing until it commits', () => withStore(async (url) => {
      const writer = await openPostgresStore(url);
      const reader = await openPostgresStore(url);
      try {
        await writer.batch(async () => {
          await writer.saveArticle(article('Inside a batch: shelling hit the market.'));
          assert.equal((await writer.countArticles()).total, 1, 'the batch sees its own write');
          assert.equal((await reader.countArticles()).total, 0, 'another connection does not, yet');
        });
        assert.equal((await reader.countArticles()).total, 1);
      } finally {
        await writer.close();
        await reader.close();
      }
    }));

    test('a merge that fails inside a batch undoes only its own writes; the batch goes on', () => withStore(async (url) => {
      const store = await openPostgresStore(url);
      try {
        const { id } = await store.saveArticle(article('Twice: a bomb in Daquq, listed twice by mistake.'));
        const stored = mention(id);
        await store.replaceEvents(id, [stored]);
        await store.batch(async () => {
          // The first copy has already taken the article's mentions out when the second one fails.
          await assert.rejects(store.replaceEvents(id, [stored, { ...stored, fatalities: 9 }]), /listed twice/);
          await store.saveArticle(article('After the failure: the batch still commits this.'));
        });
        assert.equal((await store.countArticles()).total, 2);
        assert.deepEqual(await store.listEvents(), [{ ...stored, sources: stored.sources }], 'the event is as it was');
        assert.deepEqual(await store.eventHistory(stored.event_id), []);
      } finally {
        await store.close();
      }
    }));

    test('two processes merging reports of one incident at once store one event', () => withStore(async (url) => {
      const [a, b] = [await openPostgresStore(url), await openPostgresStore(url)];
      try {
        const p = (await a.saveArticle(article('First report of the Daquq bomb.', '2021-06-14'))).id;
        const q = (await b.saveArticle(article('Second report of the Daquq bomb.', '2021-06-15'))).id;
        await Promise.all([
          a.batch(() => a.replaceEvents(p, [mention(p, {}, '2021-06-14')])),
          b.batch(() => b.replaceEvents(q, [mention(q, { event_id: 'ev_second' }, '2021-06-15')])),
        ]);
        assert.equal(await a.countEvents(), 1);
        assert.deepEqual((await a.listEvents())[0]?.sources.map((s) => s.article_id), [p, q]);
      } finally {
        await a.close();
        await b.close();
      }
    }));

    test('merge candidates and event filters can use indexes, not only scans', () => withStore(async (url) => {
      const store = await openPostgresStore(url);
      try {
        await store.batch(async () => {
          await store.db.query('SET LOCAL enable_seqscan = off');
          const plan = async (sql: string) => (await store.db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`))
            .map((r) => r['QUERY PLAN']).join('\n');
          assert.match(await plan(`SELECT key FROM event_windows WHERE place && box(point(0, 0), point(1, 1))
            AND day_from <= 1 AND day_to >= 0`), /event_windows_(place|days)/);
          assert.match(await plan(`SELECT json FROM events WHERE search @@ to_tsquery('simple', 'gao')`), /events_search/);
          assert.match(await plan(`SELECT id FROM articles WHERE search @@ websearch_to_tsquery('simple', 'gao')`), /articles_search/);
        });
      } finally {
        await store.close();
      }
    }));
  });
}
