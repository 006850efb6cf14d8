// The map page over the demo corpus, in real Chromium against the real server and store.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterReload, located, openPage, screenshot, startRig, SCREENSHOTS, type EventsBody, type Rig } from './harness.js';
import type { ConflictEvent } from '../../src/model/event.js';

const DEMO = fileURLToPath(new URL('../../examples/articles', import.meta.url));
let rig: Rig;
let all: ConflictEvent[];

before(async () => {
  rig = await startRig([DEMO]);
  all = (await rig.api<EventsBody>('/api/events?limit=5000')).data;
});
after(() => rig?.close());

const listed = (page: Page) => page.$$eval('#event-list li', (items) => items.map((li) => (li as HTMLElement).dataset));
const markerCount = async (page: Page) => Number(await page.getAttribute('#map', 'data-markers'));

test('the page shows every located event of the demo corpus as a marker, and every event in the list', async () => {
  const { page, problems } = await openPage(rig);
  assert.ok(located(all).length > 0, 'the demo corpus has located events');
  assert.equal(await markerCount(page), located(all).length);
  await page.waitForSelector('#map path.event-marker, #map .marker-cluster');
  assert.ok(await page.locator('#map path.event-marker, #map .marker-cluster').count() > 0);
  assert.equal((await listed(page)).length, all.length);
  assert.ok(Number(await page.getAttribute('#timeline', 'data-bins')) > 0, 'the histogram has bars');
  await screenshot(page, 'overview');
  assert.deepEqual(problems, []);
  await page.close();
});

test('filtering by event type narrows markers and list to that type, and the hash keeps it', async () => {
  const { page, problems } = await openPage(rig);
  const type = 'Battles';
  const expected = all.filter((e) => e.event_type === type);
  assert.ok(expected.length > 0 && expected.length < all.length);
  await afterReload(page, () => page.selectOption('select[name="event_type"]', type));
  const rows = await listed(page);
  assert.equal(rows.length, expected.length);
  assert.ok(rows.every((r) => r.eventType === type));
  assert.equal(await markerCount(page), located(expected).length);
  assert.match(decodeURIComponent(await page.evaluate(() => location.hash)), /event_type=Battles/);
  await screenshot(page, 'filter-type');
  await afterReload(page, () => page.click('button[type="reset"]'));
  assert.equal((await listed(page)).length, all.length, 'Clear all shows every event again');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the other filters (fatalities, claim, actor, country, search) each match the API\'s answer', async () => {
  const { page, problems } = await openPage(rig);
  const withDeaths = all.filter((e) => (e.fatalities ?? 0) >= 10).length;
  const country = all.find((e) => e.country)!.country!;
  const steps: [string, string, string][] = [
    ['input[name="fatalities"]', '10', 'fatalities=10'],
    ['select[name="claim"]', 'reported', 'claim=reported'],
    ['input[name="actor1"]', 'Military', 'actor1=Military'],
    ['input[name="country"]', country, `country=${encodeURIComponent(country)}`],
    ['input[name="q"]', 'village', 'q=village'],
  ];
  for (const [selector, value, query] of steps) {
    await afterReload(page, async () => {
      await page.click('button[type="reset"]');
      await page.waitForFunction(() => !location.hash.includes('='));
      if (selector.startsWith('select')) await page.selectOption(selector, value);
      else { await page.fill(selector, value); await page.press(selector, 'Enter'); }
    });
    const api = await rig.api<EventsBody>(`/api/events?limit=5000&${query}`);
    assert.equal((await listed(page)).length, api.total, query);
    assert.ok(api.total < all.length, `${query} narrows the list`);
  }
  assert.ok(withDeaths > 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('dragging the brush over the timeline sets the dates and narrows the list to them', async () => {
  const { page, problems } = await openPage(rig);
  const box = (await page.locator('#timeline svg').boundingBox())!;
  // The newest tenth of the range: the demo's dates are spread over years, so this holds some but not all.
  await afterReload(page, async () => {
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
  });
  const from = await page.inputValue('input[name="from"]');
  const to = await page.inputValue('input[name="to"]');
  assert.match(from, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(from <= to);
  const api = await rig.api<EventsBody>(`/api/events?limit=5000&event_date=${from}|${to}`);
  const rows = await listed(page);
  assert.equal(rows.length, api.total);
  assert.ok(rows.length < all.length, `${rows.length} of ${all.length} events between ${from} and ${to}`);
  await screenshot(page, 'brush');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the date inputs filter too', async () => {
  const { page, problems } = await openPage(rig);
  const dates = all.flatMap((e) => (e.date_range ? [e.date_range[0]] : [])).sort();
  const from = dates[Math.floor(dates.length / 2)]!;
  await afterReload(page, () => page.fill('input[name="from"]', from));
  const api = await rig.api<EventsBody>(`/api/events?limit=5000&event_date=${from}&event_date_where=>=`);
  assert.equal((await listed(page)).length, api.total);
  assert.ok(api.total < all.length && api.total > 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('opening an event shows its fields, the uncertainty in words, and its evidence marked in the article', async () => {
  const { page, problems } = await openPage(rig);
  const event = [...all].sort((a, b) => b.evidence.length - a.evidence.length)[0]!;
  await page.click(`#event-list li[data-event-id="${event.event_id}"] button`);
  await page.waitForSelector(`#event-pane[data-ready="${event.event_id}"]`);
  const pane = page.locator('#event-pane');
  const fieldNames = await pane.locator('table.fields th').allTextContents();
  for (const f of ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'location', 'fatalities', 'claim']) {
    assert.ok(fieldNames.includes(f), `field ${f} is shown`);
  }
  const words = await pane.locator('ul.uncertainty li').allTextContents();
  assert.match(words.join('\n'), /^date (known to the|unknown)/m);
  assert.match(words.join('\n'), /confidence (high|medium|low) \(\d+%\)/);
  for (const source of event.sources) {
    const marks = await pane.locator(`section.source[data-article-id="${source.article_id}"] mark[data-field]`)
      .evaluateAll((ms) => ms.map((m) => [(m as HTMLElement).dataset.field, m.textContent]));
    assert.ok(marks.length > 0);
    for (const span of source.evidence) {
      assert.ok(marks.some(([f, t]) => f === span.field && t === span.text), `${span.field} "${span.text}" is marked`);
    }
  }
  assert.ok(await page.locator(`#event-list li.selected[data-event-id="${event.event_id}"]`).count() === 1);
  await screenshot(page, 'event-pane');
  await page.locator('section.source').first().screenshot({ path: `${SCREENSHOTS}/event-evidence.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking a marker opens its event, and a shared URL restores filters and the open event', async () => {
  const protests = all.filter((e) => e.event_type === 'Protests' && e.latitude !== null);
  const type = protests.length ? 'Protests' : all.find((e) => e.latitude !== null)!.event_type;
  const { page, problems } = await openPage(rig, `#event_type=${encodeURIComponent(type)}`);
  // Dense places stay clustered; a click on a cluster zooms in until single markers show.
  // A cluster may be replaced mid-click while the map zooms: a short click timeout, then look again.
  for (let i = 0; i < 10 && !(await page.locator('#map path.event-marker').count()); i++) {
    await page.locator('#map .marker-cluster').first().click({ timeout: 3000 }).catch(() => undefined);
    await page.waitForSelector('#map path.event-marker', { timeout: 2000 }).catch(() => undefined);
  }
  // A marker may lie under the legend; the click goes to the marker itself, as a user's would once panned.
  await page.locator('#map path.event-marker').first().dispatchEvent('click');
  await page.waitForSelector('#event-pane[data-ready]');
  const id = await page.getAttribute('#event-pane', 'data-ready');
  assert.equal(all.find((e) => e.event_id === id)?.event_type, type);

  const shared = await page.evaluate(() => location.hash);
  const again = await openPage(rig, shared);
  await again.page.waitForSelector(`#event-pane[data-ready="${id}"]`);
  assert.equal(await again.page.inputValue('select[name="event_type"]'), type);
  assert.deepEqual([...problems, ...again.problems], []);
  await again.page.close();
  await page.close();
});
