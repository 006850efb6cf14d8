import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { planInputs, readOrigin, readSource, type IngestItem } from './index.js';
import { readStream } from './source.js';
import { closedPort, startServer, type TestServer } from './test-server.js';
import { resolveOptions } from './types.js';

const fixtureBytes = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const english =
  'Gunmen attacked an army post outside the town on Saturday, killing at least seven soldiers, a military ' +
  'official said on Sunday. The attackers fired on the post for about an hour before withdrawing, the official said.';
let dir: string;
let server: TestServer;
const at = (...parts: string[]) => join(dir, ...parts);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-source-'));
  const dead = await closedPort();
  for (const sub of ['b', 'a/deeper', '.hidden']) mkdirSync(at(sub), { recursive: true });
  const files: Record<string, string | Buffer> = {
    'z.txt': `Headline\n\n${english}\n`, 'b/page.HTML': fixtureBytes('page.html'), 'a/one.md': english,
    'a/deeper/lines.ndjson': fixtureBytes('articles.jsonl'), 'a/notes.pdf': 'skipped', '.hidden/x.txt': 'skipped',
    'data.bin': `${english}\n`, 'empty.txt': '', 'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]),
    'latin1.txt': Buffer.from(`Caf\xe9 attack kills three\n\n${english} R\xe9sum\xe9.`, 'latin1'), 'big.txt': 'x '.repeat(1500),
    'feed-noext': fixtureBytes('feed.atom').toString().replaceAll('{{BASE}}', `http://127.0.0.1:${dead}`),
    'page-noext': fixtureBytes('page.html'), 'lines-noext': fixtureBytes('articles.jsonl'), 'text-noext': english,
    'undated.txt': english, 'french.txt': fixtureBytes('french.txt'),
    'legacy.htm': Buffer.from(`<html><head><meta charset="windows-1252"><title>Caf\xe9 attack</title></head><body><article><p>${english} Caf\xe9.</p></article></body></html>`, 'latin1'),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(at(name), content);
  server = await startServer({
    '/story': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(fixtureBytes('page.html')),
    '/lines': (_req, res) => void res.writeHead(200, { 'content-type': 'application/x-ndjson' }).end(fixtureBytes('articles.jsonl')),
  });
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function all(source: string, options = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readSource(source, { retries: 0, timeoutMs: 1000, ...options })) items.push(item);
  return items;
}
const errors = (items: IngestItem[]) => items.map((i) => (i.kind === 'failure' ? i.failure.error : 'article'));

test('planInputs: directories walked in order, known extensions only; named files taken as they are', async () => {
  const plan = await planInputs([dir, at('data.bin'), at('nowhere.txt'), 'file:///etc/hostname', 'ftp://127.0.0.1/x', '-', 'https://news.example.org/a', at('z.txt')]);
  const inDir = ['a/deeper/lines.ndjson', 'a/one.md', 'b/page.HTML', 'empty.txt', 'binary.txt', 'big.txt', 'french.txt', 'latin1.txt', 'legacy.htm', 'undated.txt', 'z.txt']
    .map((p) => at(p)).sort((x, y) => (x < y ? -1 : 1));
  // z.txt, named again after its directory, is read once.
  assert.deepEqual(plan.sources, [...inDir, at('data.bin'), '-', 'https://news.example.org/a']);
  assert.deepEqual(plan.failures, [
    { origin: at('nowhere.txt'), url: null, error: 'no such file or directory' },
    { origin: 'file:///etc/hostname', url: null, error: "unsupported URL scheme 'file:'" },
    { origin: 'ftp://127.0.0.1/x', url: null, error: "unsupported URL scheme 'ftp:'" },
  ]);
});

test('readSource: every bad file is a failure naming the reason', async () => {
  const rows: [string, string, object?][] = [
    ['empty.txt', 'empty'],
    ['binary.txt', 'binary content'],
    ['latin1.txt', 'not valid UTF-8'],
    ['big.txt', 'too large (2.9 KB, limit 2 KB)', { maxBytes: 2048 }],
    ['french.txt', 'not English (detected: fra)'],
    ['nowhere.txt', 'no such file or directory'],
    ['b', 'is a directory'],
  ];
  for (const [name, error, options] of rows) {
    const items = await all(at(name), options);
    assert.deepEqual(errors(items), [error], name);
    assert.equal(items[0]?.kind === 'failure' && items[0].failure.origin, at(name));
  }
  const [latin] = await all(at('latin1.txt'));
  assert.ok(latin?.kind === 'failure');
  assert.equal(latin.failure.partial?.title, 'Caf\uFFFD attack kills three'); // the title is salvaged
  assert.equal(latin.failure.partial?.text, undefined); // the garbled text is not kept
  assert.deepEqual(errors(await all('file:///etc/hostname')), ["unsupported URL scheme 'file:'"]);
});

test('readSource: files without a known extension are sniffed', async () => {
  const [feedItem] = await all(at('feed-noext'));
  assert.equal(feedItem?.kind === 'failure' && feedItem.failure.error, 'connection refused'); // a feed: its link was fetched
  const [page] = await all(at('page-noext'));
  assert.equal(page?.kind === 'article' && page.article.source, 'The Sahel Ledger');
  const lines = errors(await all(at('lines-noext'))).map((e) => e.replace(/^(invalid JSON on line \d+).*/, '$1'));
  assert.deepEqual(lines, ['article', 'invalid JSON on line 3', 'missing "text" on line 4', 'article']);
  const [legacy] = await all(at('legacy.htm'));
  assert.equal(legacy?.kind === 'article' && legacy.article.title, 'Café attack'); // <meta charset> honoured
  const [text] = await all(at('text-noext'));
  assert.equal(text?.kind === 'article' && text.article.text, english);
});

test('readSource: --published fills only where the article has no date', async () => {
  const [undated] = await all(at('undated.txt'), { published: '2024-03-09' });
  assert.equal(undated?.kind === 'article' && undated.article.published, '2024-03-09');
  const [dated] = await all(at('a/deeper/lines.ndjson'), { published: '2024-03-09' });
  assert.equal(dated?.kind === 'article' && dated.article.published, '2024-03-05');
});

test('readSource: URLs, by content', async () => {
  const [story] = await all(`${server.base}/story`);
  assert.ok(story?.kind === 'article');
  assert.equal(story.article.origin, `${server.base}/story`);
  assert.equal(story.article.url, 'https://news.example.org/sahel/gao-clashes');
  const lines = await all(`${server.base}/lines`);
  assert.deepEqual(lines.map((i) => (i.kind === 'article' ? i.article.origin : i.failure.origin)), [1, 3, 4, 5].map((n) => `${server.base}/lines#L${n}`));
  const port = await closedPort();
  assert.deepEqual(errors(await all(`http://127.0.0.1:${port}/x`)), ['connection refused']);
  assert.deepEqual(errors(await all(`${server.base}/nothing`)), ['HTTP 404 Not Found']);
});

test('a stream (stdin): JSONL streams line by line, anything else is read whole', async () => {
  const opts = resolveOptions();
  const jsonl = Readable.from([Buffer.from('{"text": "' + english.slice(0, 60)), Buffer.from(english.slice(60) + '"}\nnot json\n')]);
  const items: IngestItem[] = [];
  for await (const item of readStream(jsonl, '-', opts)) items.push(item);
  assert.deepEqual(items.map((i) => (i.kind === 'article' ? i.article.origin : i.failure.origin)), ['-#L1', '-#L2']);
  const text: IngestItem[] = [];
  for await (const item of readStream(Readable.from([Buffer.from('Headline\n\n'), Buffer.from(english)]), '-', opts)) text.push(item);
  assert.equal(text[0]?.kind === 'article' && text[0].article.title, 'Headline');
  const empty: IngestItem[] = [];
  for await (const item of readStream(Readable.from([]), '-', opts)) empty.push(item);
  assert.deepEqual(errors(empty), ['empty']);
});

test('readOrigin: a JSONL line, a file, refusals', async () => {
  const lines = at('a/deeper/lines.ndjson');
  const line5 = await readOrigin(`${lines}#L5`);
  assert.equal(line5.kind === 'article' && line5.article.title, 'Drone strike reported in Idlib');
  const line3 = await readOrigin(`${lines}#L3`);
  assert.match(line3.kind === 'failure' ? line3.failure.error : '', /^invalid JSON on line 3: /);
  const line99 = await readOrigin(`${lines}#L99`);
  assert.equal(line99.kind === 'failure' && line99.failure.error, 'the file has no line 99');
  const file = await readOrigin(at('z.txt'));
  assert.equal(file.kind === 'article' && file.article.origin, at('z.txt'));
  const many = await readOrigin(lines);
  assert.equal(many.kind === 'failure' && many.failure.error, 'holds 4 articles: ingest the file again rather than retrying it');
  const stdin = await readOrigin('-#L2');
  assert.equal(stdin.kind === 'failure' && stdin.failure.error, 'standard input cannot be read again');
  const scheme = await readOrigin('file:///etc/hostname');
  assert.deepEqual(scheme, { kind: 'failure', failure: { origin: 'file:///etc/hostname', url: null, error: "unsupported URL scheme 'file:'" } });
  const missing = await readOrigin(at('gone.txt'));
  assert.equal(missing.kind === 'failure' && missing.failure.error, 'no such file or directory');
});
