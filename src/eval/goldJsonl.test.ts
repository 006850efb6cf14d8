import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { readGoldJsonl } from './goldJsonl.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-gold-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const ALPHA = 'Quiet week.\nOn Tuesday militiamen\u00a0burned  the granary at Lomas. Nobody was hurt.';
writeFileSync(join(dir, 'alpha.txt'), '\uFEFF' + ALPHA);
writeFileSync(join(dir, 'batch.jsonl'), [
  JSON.stringify({ id: 'n1', text: 'Unrelated.' }),
  JSON.stringify({ id: 'n2', text: 'Troops cleared the road. Two soldiers died.', published: '2021-03-04', title: 'Road', url: 'http://example.test/n2', source: 'Wire' }),
].join('\n'));
writeFileSync(join(dir, 'MANIFEST.tsv'), 'file\tpublication_date\tnote\nalpha.txt\t2021-05-06\tfixture\nbatch.jsonl#n2\t\tundated here\n');

const line = (over: Record<string, unknown> = {}) => JSON.stringify({
  id: 'A-1', doc: 'alpha.txt', must: true, evidence: 'militiamen burned the granary', event_type: 'Violence against civilians',
  sub_event_types: ['Attack'], actor1: 'Unidentified Armed Group (Peru)', actor2: 'Civilians', country: 'Peru', admin1: null,
  location: 'Lomas', latitude: -12.5, longitude: -75.1, tolerance_km: null, date: '2021-05', fatalities: { low: 0, best: 0, high: 0 }, ...over,
});

function gold(lines: string[]): string {
  const file = join(dir, `g${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

test('reads gold lines, their articles, MANIFEST dates and JSONL docs', () => {
  const set = readGoldJsonl(gold([line(), '', line({ id: 'B-1', doc: 'batch.jsonl#n2', evidence: 'Two soldiers died', must: false, date: ['2021-03-01', '2021-03-04'] })]), dir);
  assert.equal(set.format, 'gold-jsonl');
  assert.deepEqual(set.articles.map((a) => [a.id, a.published, a.title]), [['alpha.txt', '2021-05-06', null], ['batch.jsonl#n2', '2021-03-04', 'Road']]);
  assert.equal(set.articles[0]!.text, ALPHA); // BOM dropped, nothing else touched
  const [a, b] = set.gold;
  assert.equal(ALPHA.slice(a!.window!.start, a!.window!.end), '\nOn Tuesday militiamen\u00a0burned  the granary at Lomas.');
  assert.equal(a!.tolerance_km, 25);
  assert.deepEqual(a!.date, { from: '2021-05-01', to: '2021-05-31', label: '2021-05' });
  assert.deepEqual([b!.must, b!.article_id, b!.date?.to], [false, 'batch.jsonl#n2', '2021-03-04']);
});

test('a malformed line is a one-line error naming the file and the line', () => {
  const bad = (over: Record<string, unknown>) => line({ id: 'A-2', ...over });
  const cases: Array<[string, RegExp]> = [
    ['{not json', /:3: invalid JSON/],
    ['[1, 2]', /:3: not a JSON object/],
    [bad({ must: 'yes' }), /:3: "must" must be true or false/],
    [bad({ event_type: 'Skirmish' }), /:3: unknown event_type "Skirmish"/],
    [bad({ sub_event_types: ['Ambush'] }), /:3: "sub_event_types"/],
    [bad({ latitude: null }), /:3: "latitude" and "longitude"/],
    [bad({ date: '05/2021' }), /:3: "date" must be/],
    [bad({ fatalities: { low: 1.5, best: 2, high: null } }), /:3: "fatalities"/],
    [JSON.stringify({ id: 'A-9', doc: 'alpha.txt' }), /:3: missing "must"/],
    [bad({ doc: 'missing.txt' }), /:3: missing.txt not found in /],
    [bad({ doc: 'batch.jsonl#n9' }), /:3: no line with id "n9" in batch.jsonl/],
    [bad({ evidence: 'burned the barn' }), /:3: evidence not found in alpha.txt/],
    [line(), /:3: duplicate id "A-1"/],
  ];
  for (const [text, want] of cases) {
    const file = gold([line(), '', text]);
    assert.throws(() => readGoldJsonl(file, dir), (e: Error) => {
      assert.ok(e instanceof UserError, e.message);
      assert.match(e.message, want);
      assert.ok(e.message.startsWith(file) && !e.message.includes('\n'), e.message);
      return true;
    }, text);
  }
});

test('a missing input folder is refused up front', () => {
  assert.throws(() => readGoldJsonl(gold([line()]), join(dir, 'nope')), /input folder not found/);
});
