import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ArticleInput } from '../model/article.js';
import type { ConflictEvent } from '../model/event.js';
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

function event(articleId: string, id: string, extra: Partial<ConflictEvent> = {}): ConflictEvent {
  return {
    event_id: id, article_id: articleId, source: null, url: null, event_date: '2024-03-04', date_precision: 'day',
    time_precision: 1, date_range: ['2024-03-04', '2024-03-04'], event_type: 'Battles', sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Mali', assoc_actor_1: null, inter1: 1, actor2: 'JNIM: Group for Support of Islam and Muslims',
    assoc_actor_2: null, inter2: 2, interaction: 12, country: 'Mali', iso: 466, admin1: 'Gao', admin2: null, location: 'Gao',
    latitude: 16.27, longitude: -0.04, geo_precision: 1, fatalities: 4, fatalities_low: 4, fatalities_high: 4, injuries: null,
    claim: 'reported', attribution: null, confidence: 0.8, evidence: [], notes: 'Clashes near Gao.', sources: [], ...extra,
  };
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

    test('events replace an article\'s earlier ones, mark it extracted, and filter by date, type, country, actor', async () => {
      const { id } = await fx.store.saveArticle(article('Soldiers and militants clashed near Gao on Monday.'));
      await fx.store.replaceEvents(id, [event(id, 'ev_old')]);
      await fx.store.replaceEvents(id, [
        event(id, 'ev_a'),
        event(id, 'ev_b', { event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Niger)', actor2: null,
          country: 'Niger', event_date: '2024-02-20', date_range: ['2024-02-20', '2024-02-20'] }),
      ]);
      assert.equal(await fx.store.getEvent('ev_old'), null);
      assert.equal((await fx.store.getArticle(id))?.status, 'extracted');
      assert.deepEqual(await fx.store.getEvent('ev_a'), event(id, 'ev_a'));
      const ids = async (q: Parameters<Store['listEvents']>[0]) => (await fx.store.listEvents(q)).map((e) => e.event_id).sort();
      assert.deepEqual(await ids({ articleId: id }), ['ev_a', 'ev_b']);
      assert.deepEqual(await ids({ from: '2024-03-01', to: '2024-03-31' }), ['ev_a']);
      assert.deepEqual(await ids({ eventType: 'Protests' }), ['ev_b']);
      assert.deepEqual(await ids({ country: 'mali' }), ['ev_a']);
      assert.deepEqual(await ids({ actor: 'JNIM' }), ['ev_a']);
      assert.deepEqual(await ids({ actor: '100%_' }), []);
      assert.equal(await fx.store.countEvents(), 2);
    });

    test('what was stored is there after reopening', async () => {
      const before = await fx.store.countArticles();
      await fx.store.close();
      fx.store = await fx.reopen();
      assert.deepEqual(await fx.store.countArticles(), before);
    });
  });
}
