import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ArticleInput } from '../model/article.js';
import { UserError } from '../errors.js';
import type { Store } from './Store.js';

/** Opens a store on fresh storage; `reopen` opens the same storage again, as a new process would. */
export interface StoreFixture {
  store: Store;
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
}

function article(text: string, extra: Partial<ArticleInput> = {}): ArticleInput {
  return { origin: `/fixtures/${text.slice(0, 12)}.txt`, url: null, source: 'Test Wire', title: null,
    byline: null, published: null, language: 'eng', text, ...extra };
}

/** The behaviour every Store driver must show; each driver's test file calls this once. */
export function storeContract(driver: string, open: () => Promise<StoreFixture>): void {
  describe(`Store contract: ${driver}`, () => {
    let fx: StoreFixture;
    before(async () => { fx = await open(); });
    after(async () => { await fx.cleanup(); });

    test('an article round-trips with every field, and an unknown date stays null', async () => {
      const input = article('Gunmen attacked a checkpoint near Baiji on Monday.', {
        url: 'https://news.example.org/baiji', title: 'Checkpoint attacked', byline: 'A. Writer' });
      const saved = await fx.store.saveArticle(input);
      assert.equal(saved.outcome, 'inserted');
      const got = await fx.store.getArticle(saved.id);
      assert.ok(got);
      assert.deepEqual({ ...got, id: undefined, fetchedAt: undefined, contentHash: undefined },
        { ...input, id: undefined, fetchedAt: undefined, contentHash: undefined, status: 'new', error: null });
      assert.equal(got.published, null);
    });

    test('the same content again, re-wrapped, is a no-op with the same id', async () => {
      const first = await fx.store.saveArticle(article('Two rockets hit the base\nlate on Friday.'));
      const again = await fx.store.saveArticle(article('Two rockets  hit the base late on Friday.'));
      assert.deepEqual(again, { id: first.id, outcome: 'duplicate' });
    });

    test('the same URL with changed text is a duplicate of the stored article', async () => {
      const url = 'https://news.example.org/updated-story';
      const first = await fx.store.saveArticle(article('Clashes erupted in the old city.', { url }));
      const again = await fx.store.saveArticle(article('Clashes erupted in the old city, police said.', { url }));
      assert.deepEqual(again, { id: first.id, outcome: 'duplicate' });
    });

    test('a failure is kept once per origin with its latest error, then cleared', async () => {
      const origin = '/fixtures/empty.txt';
      await fx.store.saveFailure({ origin, url: null, error: 'empty' });
      const id = await fx.store.saveFailure({ origin, url: null, error: 'binary content', partial: { title: 'x' } });
      const failed = await fx.store.listArticles({ status: 'failed' });
      assert.deepEqual(failed.map((a) => [a.id, a.origin, a.error]), [[id, origin, 'binary content']]);
      await fx.store.clearFailure(origin);
      assert.equal((await fx.store.listArticles({ status: 'failed' })).length, 0);
    });

    test('full-text search finds words in text and title; a broken query is a user error', async () => {
      await fx.store.saveArticle(article('Herders and farmers clashed outside Mopti.', { title: 'Sahel violence' }));
      const byText = await fx.store.listArticles({ search: 'herders' });
      assert.deepEqual(byText.map((a) => a.title), ['Sahel violence']);
      assert.equal((await fx.store.listArticles({ search: 'sahel' })).length, 1);
      await assert.rejects(fx.store.listArticles({ search: '"unbalanced' }), UserError);
    });

    test('counts by status and pages through the list', async () => {
      const counts = await fx.store.countArticles();
      assert.equal(counts.total, counts.byStatus.new + counts.byStatus.extracted + counts.byStatus.failed);
      assert.equal(counts.byStatus.new, 4);
      const page1 = await fx.store.listArticles({ limit: 2 });
      const page2 = await fx.store.listArticles({ limit: 2, offset: 2 });
      assert.equal(page1.length, 2);
      assert.equal(page2.length, 2);
      assert.equal(new Set([...page1, ...page2].map((a) => a.id)).size, 4);
    });

    test('a batch lands whole, or not at all when it throws', async () => {
      const before = (await fx.store.countArticles()).total;
      await fx.store.batch(async () => {
        await fx.store.saveArticle(article('Batch one: shelling hit the market in the morning.'));
        await fx.store.saveArticle(article('Batch two: shelling hit the hospital in the evening.'));
      });
      assert.equal((await fx.store.countArticles()).total, before + 2);
      await assert.rejects(fx.store.batch(async () => {
        await fx.store.saveArticle(article('Batch three: this one is rolled back with the error.'));
        throw new Error('broken invariant');
      }), /broken invariant/);
      assert.equal((await fx.store.countArticles()).total, before + 2);
    });

    test('what was stored is there after reopening', async () => {
      const before = await fx.store.countArticles();
      await fx.store.close();
      fx.store = await fx.reopen();
      assert.deepEqual(await fx.store.countArticles(), before);
    });
  });
}
