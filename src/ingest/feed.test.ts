import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOrigin, readSource, type IngestItem } from './index.js';
import { startServer, type TestServer } from './test-server.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
let server: TestServer;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-feed-'));
  server = await startServer({
    '/feed.rss': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixture('feed.rss').replaceAll('{{BASE}}', server.base)),
    '/page.html': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture('page.html')),
    '/wire': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(fixture('wire.txt')),
  });
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function all(source: string): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readSource(source, { retries: 0, timeoutMs: 2000 })) items.push(item);
  return items;
}

test('an RSS feed by URL: linked pages are fetched, a dead link keeps what the feed said', async () => {
  const [page, gone, brief, ...rest] = await all(`${server.base}/feed.rss`);
  assert.equal(rest.length, 0);

  assert.ok(page?.kind === 'article');
  assert.equal(page.article.origin, `${server.base}/page.html`);
  assert.equal(page.article.url, 'https://news.example.org/sahel/gao-clashes');
  assert.equal(page.article.title, 'Clashes near Gao leave soldiers dead');
  assert.equal(page.article.source, 'The Sahel Ledger'); // the page's own site name beats the feed title
  assert.equal(page.article.published, '2024-03-03T08:15:00.000Z'); // the page's date beats the feed's
  assert.match(page.article.text, /killing at least seven soldiers/);

  assert.ok(gone?.kind === 'failure');
  assert.deepEqual(gone.failure, {
    origin: `${server.base}/missing`,
    url: `${server.base}/missing`,
    error: 'HTTP 404 Not Found',
    partial: {
      title: 'Page that is gone', published: '2024-03-04T06:30:00.000Z', source: 'Test Wire World',
      text: 'A teaser for a page that no longer exists.', url: `${server.base}/missing`,
    },
  });

  assert.ok(brief?.kind === 'article');
  assert.equal(brief.article.origin, `${server.base}/feed.rss#item3`); // no link: the item is the article
  assert.equal(brief.article.title, 'Brief: curfew extended in Bamako');
  assert.equal(brief.article.source, 'Test Wire World');
  assert.equal(brief.article.published, '2024-03-05T12:00:00.000Z');
  assert.match(brief.article.text, /^The authorities in Bamako extended a night curfew/);
  assert.ok(!brief.article.text.includes('<p>'));
});

test('an Atom feed file: the feed fills what a plain-text page lacks', async () => {
  const path = join(dir, 'desk.atom');
  writeFileSync(path, fixture('feed.atom').replaceAll('{{BASE}}', server.base));
  const [wire, camps, ...rest] = await all(path);
  assert.equal(rest.length, 0);
  assert.ok(wire?.kind === 'article');
  assert.equal(wire.article.origin, `${server.base}/wire`);
  assert.equal(wire.article.title, 'Iraqi forces retake Hammam al-Alil south of Mosul');
  assert.equal(wire.article.source, 'Atom Desk');
  assert.equal(wire.article.published, '2018-04-20T07:00:00.000Z'); // feed metadata beats the text's dateline
  assert.equal(wire.article.text, fixture('wire.txt'));
  assert.ok(camps?.kind === 'article');
  assert.equal(camps.article.origin, `${path}#item2`);
  assert.equal(camps.article.published, '2018-04-22T08:00:00.000Z');
  assert.match(camps.article.text, /^About 3,000 people who fled/);

  // --retry of a linkless entry re-reads just that entry.
  const again = await readOrigin(`${path}#item2`);
  assert.deepEqual(again, camps);
});

test('--retry of a feed page: what the feed said fills the gaps, or stays in the failure', async () => {
  const partial = { title: 'Feed title', published: '2024-01-01', source: 'Feed source', text: 'teaser' };
  const page = await readOrigin(`${server.base}/wire`, {}, partial);
  assert.ok(page.kind === 'article');
  assert.equal(page.article.title, 'Iraqi forces retake Hammam al-Alil south of Mosul');
  assert.equal(page.article.source, 'Feed source');
  assert.equal(page.article.published, '2024-01-01');
  const gone = await readOrigin(`${server.base}/missing`, { retries: 0 }, partial);
  assert.ok(gone.kind === 'failure');
  assert.equal(gone.failure.error, 'HTTP 404 Not Found');
  assert.equal(gone.failure.partial?.text, 'teaser');
});

test('XML that is not a feed, and a broken feed, are failures', async () => {
  const notFeed = join(dir, 'page.xml');
  writeFileSync(notFeed, '<?xml version="1.0"?><catalog><book>x</book></catalog>');
  const broken = join(dir, 'broken.rss');
  writeFileSync(broken, '<rss version="2.0"><channel><title>Cut off</title><item><title>x');
  const [a] = await all(notFeed);
  assert.equal(a?.kind === 'failure' && a.failure.error, 'not a readable feed: Feed not recognized as RSS 1 or 2.');
  const [b] = await all(broken);
  assert.equal(b?.kind === 'failure' && b.failure.error, 'not a readable feed: Unclosed root tag');
});
