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

/** A date no other fixture event has, so that the event stays an incident of its own. */
const ANOTHER_DAY = { event_date: '2023-11-20', date_range: ['2023-11-20', '2023-11-20'] } as Partial<ConflictEvent>;

/** An article's own record of an incident in Tillaberi on 1 May 2024, as extraction gives it. */
function report(articleId: string, id: string, published: string, extra: Partial<ConflictEvent> = {}): ConflictEvent {
  const base = event(articleId, id, {
    event_date: '2024-05-01', date_range: ['2024-05-01', '2024-05-01'], event_type: 'Violence against civilians',
    sub_event_type: 'Attack', actor1: 'Unidentified Armed Group (Niger)', inter1: 3, actor2: 'Civilians (Niger)', inter2: 7,
    interaction: 37, country: 'Niger', iso: 562, admin1: 'Tillaberi', location: 'Tillaberi', latitude: 14.21, longitude: 1.45,
    fatalities: 6, fatalities_low: 6, fatalities_high: null, notes: `Report ${id}.`, ...extra,
  });
  const source = { article_id: articleId, source: 'Test Wire', url: null, published, fatalities: base.fatalities, evidence: [] };
  return { ...base, sources: [source] };
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

    test('events filter by sub-event type, admin1, bounding box, fatalities, claim and full text', async () => {
      const { id } = await fx.store.saveArticle(article('Filters: strikes near Kanbalu, a protest in Fiji, a raid in Gao.'));
      await fx.store.replaceEvents(id, [
        event(id, 'ev_f1', { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', country: 'Myanmar',
          admin1: 'Sagaing', location: 'Kanbalu', latitude: 23.2, longitude: 95.52, fatalities: 9, claim: 'alleged',
          notes: 'An air strike hit a monastery near Kanbalu.', event_date: '2024-03-14', date_range: ['2024-03-14', '2024-03-14'] }),
        event(id, 'ev_f2', { event_type: 'Protests', sub_event_type: 'Peaceful protest', country: 'Fiji', admin1: 'Central',
          location: 'Suva', latitude: -18.14, longitude: 178.44, fatalities: 0, claim: 'reported', notes: 'Teachers marched in Suva.',
          actor1: 'Protesters (Fiji)', actor2: null, event_date: '2024-03-10', date_range: ['2024-03-10', '2024-03-10'] }),
        event(id, 'ev_f3', { fatalities: null, claim: 'claimed', notes: 'JNIM said it overran a post.', event_date: '2024-03-12',
          date_range: ['2024-03-12', '2024-03-12'] }),
      ]);
      const ids = async (q: Parameters<Store['listEvents']>[0]) => (await fx.store.listEvents({ articleId: id, ...q })).map((e) => e.event_id);
      assert.deepEqual(await ids({}), ['ev_f1', 'ev_f3', 'ev_f2'], 'newest first');
      assert.deepEqual(await ids({ subEventType: 'Air/drone strike' }), ['ev_f1']);
      assert.deepEqual(await ids({ admin1: 'sagaing' }), ['ev_f1']);
      assert.deepEqual(await ids({ bbox: [90, 10, 100, 30] }), ['ev_f1']);
      assert.deepEqual(await ids({ bbox: [170, -30, -170, 0] }), ['ev_f2'], 'a box across the antimeridian');
      assert.deepEqual(await ids({ minFatalities: 1 }), ['ev_f1']);
      assert.deepEqual(await ids({ minFatalities: 0, maxFatalities: 0 }), ['ev_f2']);
      assert.deepEqual(await ids({ claim: 'claimed' }), ['ev_f3']);
      assert.deepEqual(await ids({ text: 'monastery kanbalu' }), ['ev_f1']);
      assert.deepEqual(await ids({ text: 'Protesters' }), ['ev_f2'], 'actors are searched too');
      assert.deepEqual(await ids({ text: 'monast*' }), ['ev_f1']);
      assert.deepEqual(await ids({ text: '"unbalanced (' }), [], 'search words are never query syntax');
      assert.deepEqual(await ids({ limit: 1, offset: 1 }), ['ev_f3']);
      assert.equal(await fx.store.countEvents({ articleId: id, from: '2024-03-11' }), 2);
      assert.deepEqual((await fx.store.listEventsJson({ articleId: id, limit: 1 })).map((j) => JSON.parse(j).event_id), ['ev_f1']);
      const stats = await fx.store.eventStats({ articleId: id });
      assert.equal(stats.total, 3);
      assert.deepEqual(stats.byType, { 'Battles': 1, 'Explosions/Remote violence': 1, 'Protests': 1 });
      assert.deepEqual(stats.byDay.map((d) => [d.date, d.count]), [['2024-03-10', 1], ['2024-03-12', 1], ['2024-03-14', 1]]);
    });

    test('a long date range is found by any window it meets, and sorts by its last day', async () => {
      const { id } = await fx.store.saveArticle(article('Spans: fighting went on through the year.'));
      await fx.store.replaceEvents(id, [
        event(id, 'ev_year', { event_date: '2023', date_precision: 'year', time_precision: 3, date_range: ['2023-01-01', '2023-12-31'] }),
        event(id, 'ev_day', { event_date: '2023-06-01', date_range: ['2023-06-01', '2023-06-01'] }),
      ]);
      const ids = async (from?: string, to?: string) => (await fx.store.listEvents({ articleId: id, from, to })).map((e) => e.event_id);
      assert.deepEqual(await ids('2023-03-01', '2023-03-02'), ['ev_year']);
      assert.deepEqual(await ids(undefined, '2023-01-01'), ['ev_year']);
      assert.deepEqual(await ids('2023-05-01', '2023-06-30'), ['ev_year', 'ev_day']);
      assert.deepEqual(await ids('2024-01-01'), []);
    });

    test('an event rewritten in place is found by its new words only', async () => {
      const { id } = await fx.store.saveArticle(article('Rewritten: the clash in Ansongo was later revised.'));
      await fx.store.replaceEvents(id, [event(id, 'ev_r1', { notes: 'Clashes near Ansongo.', ...ANOTHER_DAY })]);
      await fx.store.replaceEvents(id, [event(id, 'ev_r1', { notes: 'Clashes near Menaka.', ...ANOTHER_DAY })]);
      assert.deepEqual((await fx.store.listEvents({ text: 'ansongo' })).length, 0);
      assert.deepEqual((await fx.store.listEvents({ text: 'menaka' })).map((e) => e.event_id), ['ev_r1']);
    });

    test('two articles reporting one incident give one event with both sources; distinct incidents stay apart', async () => {
      const before = await fx.store.countEvents();
      const p = (await fx.store.saveArticle(article('Merge P: gunmen killed at least six villagers in Tillaberi.'))).id;
      const q = (await fx.store.saveArticle(article('Merge Q: nine villagers were killed by IS Sahel fighters.'))).id;
      const r = (await fx.store.saveArticle(article('Merge R: residents protested in Tillaberi the same day.'))).id;
      assert.deepEqual(await fx.store.replaceEvents(p, [report(p, 'ev_m1', '2024-05-02')]), { events: 1, merged: 0 });
      const summary = await fx.store.replaceEvents(q, [
        report(q, 'ev_m2', '2024-05-03', { actor1: 'Islamic State Sahel', inter1: 2, interaction: 27, fatalities: 9, fatalities_low: 9, fatalities_high: 9 }),
        report(q, 'ev_m4', '2024-05-03', { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Niger',
          inter1: 1, actor2: 'JNIM: Group for Support of Islam and Muslims', inter2: 2, interaction: 12, fatalities: 2 }),
      ]);
      assert.deepEqual(summary, { events: 2, merged: 1 });
      await fx.store.replaceEvents(r, [report(r, 'ev_m3', '2024-05-02', { event_type: 'Protests', sub_event_type: 'Peaceful protest',
        actor1: 'Protesters (Niger)', inter1: 6, actor2: null, inter2: 0, interaction: 60, fatalities: null, fatalities_low: null })]);
      assert.equal(await fx.store.countEvents(), before + 3);
      const merged = await fx.store.getEvent('ev_m1');
      assert.ok(merged);
      assert.deepEqual(merged.sources.map((s) => [s.article_id, s.fatalities]), [[p, 6], [q, 9]]);
      assert.deepEqual([merged.fatalities, merged.fatalities_low, merged.fatalities_high], [6, 6, null]);
      assert.equal(merged.actor1, 'Islamic State Sahel', 'the side the first report left unidentified is filled in');
      assert.deepEqual(merged.conflicts, ['fatalities']);
      assert.equal(await fx.store.getEvent('ev_m2'), null);
      assert.equal((await fx.store.getEvent('ev_m4'))?.sources.length, 1);
    });

    test('an earlier-published report becomes primary; every change keeps the version it replaced', async () => {
      const o = (await fx.store.saveArticle(article('Merge O: the first word of the Tillaberi killings.'))).id;
      await fx.store.replaceEvents(o, [report(o, 'ev_m0', '2024-05-01T20:00:00Z', { fatalities: 5, fatalities_low: 5, fatalities_high: 5 })]);
      assert.equal(await fx.store.getEvent('ev_m1'), null, 'the id follows the primary article');
      const e = await fx.store.getEvent('ev_m0');
      assert.equal(e?.sources.length, 3);
      assert.equal(e?.fatalities, 5);
      const history = await fx.store.eventHistory('ev_m0');
      assert.deepEqual(history.map((h) => [h.version, h.event.event_id, h.event.sources.length]), [[2, 'ev_m1', 2], [1, 'ev_m1', 1]]);
      assert.ok(history.every((h) => !Number.isNaN(Date.parse(h.replacedAt))));
      // The primary's article re-extracted without the incident: the event falls back to the others.
      await fx.store.replaceEvents(o, []);
      assert.deepEqual((await fx.store.getEvent('ev_m1'))?.sources.length, 2);
      assert.equal((await fx.store.eventHistory('ev_m1')).length, 3);
      assert.deepEqual(await fx.store.eventHistory('ev_nowhere'), []);
    });

    test('re-extracting an article keeps the earlier version of the event it changes', async () => {
      const { id } = await fx.store.saveArticle(article('History: a raid on Ouallam, first and second reading.'));
      const first = event(id, 'ev_h1', { location: 'Ouallam', latitude: 14.32, longitude: 2.09, ...ANOTHER_DAY, fatalities: 3 });
      await fx.store.replaceEvents(id, [first]);
      await fx.store.replaceEvents(id, [first]);
      assert.deepEqual(await fx.store.eventHistory('ev_h1'), [], 'nothing changed, nothing kept');
      await fx.store.replaceEvents(id, [{ ...first, fatalities: 4, fatalities_low: 4, fatalities_high: 4 }]);
      const history = await fx.store.eventHistory('ev_h1');
      assert.deepEqual(history.map((h) => [h.version, h.event.fatalities]), [[1, 3]]);
      assert.equal((await fx.store.getEvent('ev_h1'))?.fatalities, 4);
    });

    test('a watched feed\'s state and the entries taken in are kept', async () => {
      const feed = 'https://news.example.org/feed.xml';
      assert.equal(await fx.store.getFeedState(feed), null);
      const state = { feed, lastFetch: null, failures: 2, lastError: 'connection refused', nextAttempt: '2024-05-01T10:04:00.000Z' };
      await fx.store.saveFeedState(state);
      assert.deepEqual(await fx.store.getFeedState(feed), state);
      await fx.store.saveFeedState({ ...state, failures: 0, lastError: null, nextAttempt: null, lastFetch: '2024-05-01T10:05:00.000Z' });
      assert.equal((await fx.store.getFeedState(feed))?.failures, 0);
      assert.equal(await fx.store.hasFeedEntry(feed, 'guid-1'), false);
      await fx.store.markFeedEntry(feed, 'guid-1');
      await fx.store.markFeedEntry(feed, 'guid-1');
      assert.equal(await fx.store.hasFeedEntry(feed, 'guid-1'), true);
      assert.equal(await fx.store.hasFeedEntry('https://other.example.org/rss', 'guid-1'), false);
    });

    test('what was stored is there after reopening', async () => {
      const before = await fx.store.countArticles();
      await fx.store.close();
      fx.store = await fx.reopen();
      assert.deepEqual(await fx.store.countArticles(), before);
    });
  });
}
