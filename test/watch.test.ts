// `sitrep watch` end to end: a real feed on a loopback HTTP server, the real CLI in a child process,
// a real SQLite file; killed and restarted without duplicating anything.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { closedPort, startServer, type TestServer } from '../src/ingest/test-server.js';
import { openSqliteStore } from '../src/store/sqlite/SqliteStore.js';
import { sitrepChild } from './cli.js';

const PAGES: Record<string, { title: string; published: string; body: string }> = {
  '/a/1': { title: 'Eleven soldiers killed in ambush near Gao', published: '2024-03-05T08:00:00Z',
    body: 'Militants ambushed a Malian army convoy near Gao on Monday, killing eleven soldiers, the army said in a statement on Tuesday. The convoy was carrying fuel and food to a base in the north.' },
  '/a/2': { title: 'Convoy attacked outside Gao', published: '2024-03-05T15:00:00Z',
    body: 'At least ten Malian soldiers were killed when jihadists attacked an army convoy on the road outside Gao on Monday, local officials said. Residents said the fighting lasted several hours.' },
  '/a/3': { title: 'Missile strike on Kharkiv kills six', published: '2024-05-26T09:00:00Z',
    body: 'A Russian missile strike hit a residential area of Kharkiv on Saturday, killing six civilians, the regional governor said on Sunday. Rescue teams searched the rubble through the night.' },
  '/a/4': { title: 'Shelling kills four in Sarmin', published: '2023-10-06T10:00:00Z',
    body: 'Syrian government forces shelled the town of Sarmin in Idlib province on Thursday, killing four civilians, a war monitor said on Friday. Two children were among the wounded.' },
};

const page = (p: { title: string; published: string; body: string }) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${p.title}</title><meta property="article:published_time" content="${p.published}"></head>
<body><article><h1>${p.title}</h1><p>${p.body}</p></article></body></html>`;

let server: TestServer;
let dir: string;
let db: string;
let dead: string;
const listed: string[] = [];

const feed = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Wire</title>
${listed.map((path) => `<item><title>${PAGES[path]!.title}</title><link>${server.base}${path}</link><guid>${path}</guid></item>`).join('\n')}
</channel></rss>`;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-'));
  db = join(dir, 'watch.db');
  const routes: Parameters<typeof startServer>[0] = {
    '/feed.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed()),
  };
  for (const [path, p] of Object.entries(PAGES)) {
    routes[path] = (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(p));
  }
  server = await startServer(routes);
  dead = `http://127.0.0.1:${await closedPort()}/feed.xml`;
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A running `sitrep watch`, with everything it printed so far. */
function watch(): { child: ChildProcess; out: () => string; exited: Promise<number | null> } {
  const child = sitrepChild(['--db', db, 'watch', `${server.base}/feed.xml`, dead, '--interval', '300ms', '--timeout', '5']);
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, exited };
}

async function until(what: string, check: () => boolean | Promise<boolean>, out: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; the watch printed:\n${out()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function counts(): Promise<{ articles: number; events: number }> {
  const store = openSqliteStore(db);
  try {
    return { articles: (await store.countArticles()).total, events: await store.countEvents() };
  } finally {
    await store.close();
  }
}

const hits = () => ['/a/1', '/a/2', '/a/3', '/a/4'].map((p) => server.hits.get(p) ?? 0);
const cycles = (out: string) => out.split('\n').filter((l) => / cycle \d+: /.test(l)).length;

test('picks up new items, backs off a dead feed, survives SIGKILL without duplicates, stops on SIGTERM', async () => {
  listed.push('/a/1', '/a/2');
  const first = watch();
  await until('the first two articles', async () => (await counts()).articles === 2, first.out);
  await until('a cycle line with the dead feed', () => /failing \(http:\/\/127\.0\.0\.1:\d+\/feed\.xml: connection refused, retry in \d+ms\)/.test(first.out()), first.out);
  assert.match(first.out(), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ cycle 1: 2 feeds, 2 new articles, \d+ events \(1 merged\), 1 feed failing/m);

  listed.push('/a/3');
  await until('the third article', async () => (await counts()).articles === 3, first.out);
  const before = await counts();
  await until('a cycle after the third', () => / cycle \d+: 2 feeds, 1 new article, /.test(first.out()), first.out);
  first.child.kill('SIGKILL');
  await first.exited;

  const second = watch();
  await until('two cycles after the restart', () => cycles(second.out()) >= 2, second.out);
  assert.deepEqual(await counts(), before, 'nothing taken in twice');
  assert.deepEqual(hits(), [1, 1, 1, 0], 'no page fetched again');
  assert.match(second.out(), /cycle 1: 2 feeds, 0 new articles, 0 events \(0 merged\), 1 feed failing \(.*retry in \d+(ms|s)\)/);

  listed.push('/a/4');
  await until('the item added after the restart', async () => (await counts()).articles === 4, second.out);
  second.child.kill('SIGTERM');
  assert.equal(await second.exited, 0, 'a clean stop');
  assert.deepEqual(hits(), [1, 1, 1, 1]);
  assert.ok((await counts()).events > before.events);
});
