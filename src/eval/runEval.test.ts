import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConflictEvent } from '../model/event.js';
import { predicted, spanOf } from './fixtures/events.js';
import { runEval } from './runEval.js';
import type { EvalArticle } from './types.js';

const root = mkdtempSync(join(tmpdir(), 'sitrep-run-'));
after(() => rmSync(root, { recursive: true, force: true }));
const input = join(root, 'articles');
mkdirSync(input);
const ONE = 'Harbour news.\nOn Sunday gunmen\u00a0attacked a ferry near Isla Verde, killing four passengers. Earlier, in 2019, the navy had fought smugglers there.';
const TWO = 'Dock workers marched through the capital on Friday. Nobody was hurt.';
writeFileSync(join(input, 'one.txt'), ONE);
writeFileSync(join(input, 'two.txt'), TWO);
writeFileSync(join(input, 'MANIFEST.tsv'), 'file\tpublication_date\none.txt\t2022-01-04\ntwo.txt\t\n');
const g = (o: Record<string, unknown>) => JSON.stringify({
  must: true, sub_event_types: ['Attack'], actor1: null, actor2: null, country: 'Chile', admin1: null, location: null,
  latitude: null, longitude: null, tolerance_km: null, date: null, fatalities: null, ...o,
});
const gold = join(root, 'gold.jsonl');
writeFileSync(gold, [
  g({ id: '1-1', doc: 'one.txt', evidence: 'gunmen attacked a ferry', event_type: 'Violence against civilians', actor1: 'Unidentified Armed Group (Chile)', actor2: 'Civilians', location: 'Isla Verde', latitude: -33, longitude: -71.6, date: '2022-01-02', fatalities: { low: 4, best: 4, high: 4 } }),
  g({ id: '1-2', doc: 'one.txt', must: false, evidence: 'the navy had fought smugglers', event_type: 'Battles', sub_event_types: ['Armed clash'], date: '2019' }),
  g({ id: '2-1', doc: 'two.txt', evidence: 'Dock workers marched', event_type: 'Protests', sub_event_types: ['Peaceful protest'], actor1: 'Protesters (Chile)' }),
].join('\n'));

/** The test double: fixed events for the two fixture articles, as a real extractor would return them. */
function extract(a: EvalArticle): ConflictEvent[] {
  if (a.id === 'one.txt') return [predicted({
    article_id: a.id, event_type: 'Violence against civilians', sub_event_type: 'Attack', evidence: [spanOf(a.text, 'attacked')],
    actor1: 'Unidentified Armed Group (Chile)', actor2: 'Civilians (Chile)', country: 'Chile', location: 'Isla Verde', latitude: -33.05, longitude: -71.6,
    event_date: '2022-01-02', date_precision: 'day', date_range: ['2022-01-02', '2022-01-02'], fatalities_low: 4, fatalities: 4, fatalities_high: 4,
  })];
  // two.txt: the protest coded as a riot with a wrong date, plus a spurious event.
  return [
    predicted({ article_id: a.id, event_type: 'Riots', sub_event_type: 'Violent demonstration', evidence: [spanOf(a.text, 'marched')], actor1: 'Protesters (Chile)', country: 'Chile', event_date: '2022-01-07', date_precision: 'day', date_range: ['2022-01-07', '2022-01-07'] }),
    predicted({ article_id: a.id, evidence: [spanOf(a.text, 'Nobody was hurt')] }),
  ];
}

test('runEval reads the gold and its articles, runs the extractor in order and scores it', async () => {
  const seen: Array<[number, number, string, string | null]> = [];
  const r = await runEval({ gold, input, extract, errors: true, onProgress: (done, total, a) => seen.push([done, total, a.id, a.published]) });
  assert.deepEqual(seen, [[1, 2, 'one.txt', '2022-01-04'], [2, 2, 'two.txt', null]]);
  const s = r.scores;
  assert.deepEqual([s.articles, s.gold_events, s.must_events, s.predicted], [2, 3, 2, 3]);
  assert.deepEqual([s.recall.correct, s.recall.total, s.precision.correct, s.precision.total], [2, 2, 2, 3]);
  assert.deepEqual([s.fields.event_type.correct, s.fields.actor2.correct, s.fields.location.correct, s.fields.date.correct, s.fields.fatalities.correct], [1, 2, 2, 1, 2]);
  assert.deepEqual(r.errors!.map((e) => [e.article_id, e.kind, e.field]), [
    ['two.txt', 'wrong_field', 'event_type'], ['two.txt', 'wrong_field', 'sub_event_type'], ['two.txt', 'wrong_field', 'date'], ['two.txt', 'false_positive', null],
  ]);
  assert.equal(r.errors![2]!.got, '2022-01-07 (day)');
  assert.ok(r.report.includes('recall (must)      2/2  100.0%'), r.report);
  assert.deepEqual((r.json as { precision: unknown }).precision, s.precision);
});

test('runEval without errors asked for, with an async extractor that finds nothing', async () => {
  const r = await runEval({ gold, input, extract: async () => [] });
  assert.equal(r.errors, null);
  assert.deepEqual([r.scores.recall.correct, r.scores.recall.total, r.scores.precision.rate], [0, 2, null]);
});

test('runEval refuses unknown gold files and a gold JSONL without --input, and names a failing article', async () => {
  await assert.rejects(runEval({ gold: join(root, 'gold.txt'), extract }), /expected a \.jsonl gold file or a \.csv ACLED export/);
  await assert.rejects(runEval({ gold, extract }), /needs --input DIR/);
  await assert.rejects(runEval({ gold, input, extract: () => { throw new Error('boom'); } }), /extractor failed on article one\.txt: boom/);
});
