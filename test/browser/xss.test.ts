// An article carrying markup and script is stored as is and shown as text: nothing of it runs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, screenshot, startRig, SCREENSHOTS, type EventsBody, type Rig } from './harness.js';
import { PAGE_CSP } from '../../src/serve/web.js';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const LINK = '<a href="javascript:window.__pwned=1">x</a>';
const ARTICLE = {
  id: 'xss-1',
  title: `Gao attack ${SCRIPT}`,
  source: `Wire ${IMG}`,
  url: 'javascript:window.__pwned=1',
  published: '2024-03-06',
  text: `Gunmen killed five villagers in Gao on Monday. ${SCRIPT} Residents said ${IMG} the attackers fled. ${LINK}`,
};

let rig: Rig;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-xss-'));
  writeFileSync(join(dir, 'xss.jsonl'), JSON.stringify(ARTICLE) + '\n');
  rig = await startRig([join(dir, 'xss.jsonl')]);
});
after(async () => {
  await rig?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('markup in an article is shown as text and never runs; the page has a strict CSP', async () => {
  const page = await rig.api<EventsBody>('/api/events?limit=10');
  assert.ok(page.total > 0, 'the article produced an event');
  const event = page.data[0]!;

  const res = await fetch(rig.url + '/');
  assert.equal(res.headers.get('content-security-policy'), PAGE_CSP);

  const { page: tab, problems } = await openPage(rig, `#event=${event.event_id}`);
  await tab.waitForSelector(`#event-pane[data-ready="${event.event_id}"]`);
  const text = await tab.locator('#event-pane .article-text').textContent();
  for (const raw of [SCRIPT, IMG, LINK]) assert.ok(text?.includes(raw), `shown as text: ${raw}`);
  assert.ok((await tab.locator('#event-pane h4').textContent())?.includes(SCRIPT), 'the title is text too');
  assert.equal(await tab.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await tab.locator('#event-pane script, #event-pane img, body img[src="x"]').count(), 0);
  assert.equal(await tab.locator('a[href^="javascript:"]').count(), 0, 'no javascript: link');
  assert.equal(await tab.evaluate(() => document.scripts.length), 1, 'only the page\'s own bundle');
  await screenshot(tab, 'xss-as-text');
  await tab.locator('#event-pane section.source').screenshot({ path: `${SCREENSHOTS}/xss-article.png` });
  assert.deepEqual(problems, []);
  await tab.close();
});
