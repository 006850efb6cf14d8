import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sitrep } from './cli.js';
import { closedPort } from '../src/ingest/test-server.js';

const WIRE = `Militants attack army post in central Mali

GAO, Mali, March 4, 2024 — Suspected militants attacked an army post about 20 km north of Gao on Sunday,
killing at least six soldiers, the army said in a statement. Residents reported heavy gunfire for two hours.
The attackers fled on motorbikes towards the border, according to a local official who asked not to be named.`;

const PAGE = `<!doctype html><html><head><title>Clashes in Idlib | Example Post</title>
<meta property="og:site_name" content="Example Post">
<meta property="article:published_time" content="2023-11-02T08:30:00Z">
<link rel="canonical" href="https://post.example.org/idlib-clashes"></head>
<body><nav>Home | World | Sport</nav><article><h1>Clashes in Idlib</h1>
<p>Government forces and rebel fighters clashed on the outskirts of Idlib on Wednesday, a monitoring group said.</p>
<p>At least four fighters were killed and several others were wounded in the fighting, which lasted into the night.</p>
<p>The monitor said the clashes were the heaviest in the area since the summer, as both sides brought in reinforcements.</p>
</article><footer>Related posts · Join the conversation</footer></body></html>`;

const JSONL = [
  { id: 'k1', title: 'Blast in Kismayo', published: '2022-06-10', text: 'A roadside bomb exploded near a police vehicle in Kismayo on Friday, killing two officers and wounding three civilians, police said. No group claimed responsibility for the blast, which happened on the main road to the port.' },
  { id: 'k2', title: 'Protest in Maiduguri', published: '2021-01-15', text: 'Hundreds of traders marched through Maiduguri on Thursday to protest against new market fees, witnesses said. The march was peaceful and ended outside the governor\'s office, where leaders handed over a petition.' },
].map((o) => JSON.stringify(o)).join('\n');

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>No link item</title><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>Security forces arrested twelve suspected members of an armed group in a raid on a village near Mopti on Monday, the interior ministry said in a statement.</description></item>
</channel></rss>`;

const FRENCH = `Des hommes armés ont attaqué un poste de l'armée près de Gao dimanche, tuant au moins six soldats, selon un communiqué de l'armée. Les habitants ont entendu des tirs pendant deux heures et les assaillants ont fui vers la frontière à moto, selon un responsable local qui a requis l'anonymat.`;

describe('sitrep ingest (CLI, real SQLite file)', () => {
  let dir: string;
  let db: string;
  const at = (name: string) => join(dir, name);
  const counts = () => sitrep(['--db', db, 'articles', '--json', '--limit', '1000']).stdout.trim().split('\n')
    .filter(Boolean).map((line) => JSON.parse(line) as { id: string; status: string; error: string | null; origin: string });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
    db = at('test.db');
    mkdirSync(at('good'));
    writeFileSync(at('good/01-mali.txt'), WIRE);
    writeFileSync(at('good/02-idlib.html'), PAGE);
    writeFileSync(at('good/03-dump.jsonl'), JSONL);
    writeFileSync(at('good/04-feed.xml'), FEED);
    mkdirSync(at('bad'));
    writeFileSync(at('bad/empty.txt'), '');
    writeFileSync(at('bad/binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3]));
    writeFileSync(at('bad/latin1.txt'), Buffer.from('Caf\xe9 attack in the capital, officials said on Monday.', 'latin1'));
    writeFileSync(at('bad/french.txt'), FRENCH);
    writeFileSync(at('bad/huge.txt'), 'Fighting continued near the front line. '.repeat(200_000));
    writeFileSync(at('bad/broken.html'), '<html><body><div><p><<<>>></div></spa');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('stores every input kind, extracts its events, and says what it stored', () => {
    const r = sitrep(['--db', db, 'ingest', at('good')]);
    assert.equal(r.status, 0, r.stderr);
    const m = /5 new \((\d+) events\), 0 already stored, 0 failed/.exec(r.stdout);
    assert.ok(m, r.stdout);
    assert.ok(Number(m[1]) >= 4, 'the violent articles give events');
    const list = counts();
    assert.equal(list.length, 5);
    assert.ok(list.every((a) => a.status === 'extracted'));
  });

  test('--no-extract stores articles as new, with no events', () => {
    const other = at('no-extract.db');
    const r = sitrep(['--db', other, 'ingest', at('good'), '--no-extract', '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).events, 0);
    const list = sitrep(['--db', other, 'articles', '--status', 'new', '--json']).stdout.trim().split('\n');
    assert.equal(list.length, 5);
  });

  test('re-ingesting the same inputs is a no-op', () => {
    const r = sitrep(['--db', db, 'ingest', at('good'), '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { inserted: 0, events: 0, duplicate: 5, failed: 0, warnings: 0 });
  });

  test('bad inputs: one line each naming input and reason, the batch goes on, nothing lost', async () => {
    const dead = await closedPort();
    const extra = at('late.txt');
    writeFileSync(extra, WIRE.replace('six soldiers', 'seven soldiers'));
    const r = sitrep(['--db', db, 'ingest', at('bad'), 'file:///etc/passwd', `http://127.0.0.1:${dead}/dead`, extra,
      '--max-size', '1MB', '--timeout', '2', '--retries', '0']);
    assert.equal(r.status, 1);
    const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('failed: '));
    const expect: [string, RegExp][] = [
      ['empty.txt', /empty/], ['binary.txt', /binary/], ['latin1.txt', /UTF-8/], ['french.txt', /not English/],
      ['huge.txt', /too large/], ['broken.html', /no article text/], ['file:///etc/passwd', /scheme/],
      [`127.0.0.1:${dead}/dead`, /connection refused/],
    ];
    for (const [name, reason] of expect) {
      const line = lines.find((l) => l.includes(name));
      assert.ok(line, `no failure line for ${name} in:\n${r.stderr}`);
      assert.match(line, reason);
    }
    assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, 'no stack traces');
    const list = counts();
    assert.equal(list.filter((a) => a.status === 'extracted').length, 6, 'the good articles, before and after, are all there');
    assert.equal(list.filter((a) => a.status === 'failed').length, expect.length);
  });

  test('failed inputs are listed with their error and re-run by --retry', () => {
    const failed = sitrep(['--db', db, 'articles', '--failed']);
    assert.match(failed.stdout, /empty\.txt\s+empty/);
    writeFileSync(at('bad/empty.txt'), WIRE.replace('Gao', 'Timbuktu'));
    const r = sitrep(['--db', db, 'ingest', '--retry', '--timeout', '1', '--retries', '0', '--max-size', '1MB']);
    assert.equal(r.status, 1, 'the others still fail');
    assert.match(r.stdout, /1 new/);
    const list = counts();
    assert.equal(list.filter((a) => a.status === 'failed').length, 7);
    assert.ok(!list.some((a) => a.status === 'failed' && a.origin.endsWith('empty.txt')));
  });

  test('a bad --published date is a one-line usage error', () => {
    const r = sitrep(['--db', db, 'ingest', at('good'), '--published', '2024-02-30']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /"2024-02-30" is not a date/);
  });

  test('stdin is an input, and --published fills a missing date', () => {
    const r = sitrep(['--db', db, 'ingest', '-', '--published', '2020-05-06', '--json'],
      { input: 'Gunmen abducted three aid workers on the road between Kidal and Anefis on Monday, a humanitarian official said, adding that the vehicle was later found burned.' });
    assert.equal(r.status, 0, r.stderr);
    const show = sitrep(['--db', db, 'articles', '--search', 'Anefis', '--json']);
    assert.equal(JSON.parse(show.stdout).published, '2020-05-06');
  });

  test('help teaches with examples', () => {
    const r = sitrep(['ingest', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Examples:/);
    assert.match(r.stdout, /--retry/);
  });
});
