import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goldEvent, predicted, spanOf } from './fixtures/events.js';
import type { Matching } from './match.js';
import { score } from './score.js';
import type { EvalArticle } from './types.js';

const article = (id: string, text: string): EvalArticle => ({ id, text, published: null, title: null, source: null, url: null });
const TEXT = 'Calm returned. Gunmen raided a market at dawn. Prices rose.';

// Four gold events: a matched battle, a matched protest-or-riot coded as a riot, a missed
// must-event, a missed must:false event; plus one false positive and one excused prediction.
const battle = goldEvent({ id: 'b', actor1: 'Rioters (Peru)', country: 'Peru' });
const crowd = goldEvent({ id: 'c', event_types: ['Protests', 'Riots'], sub_event_types: ['Peaceful protest', 'Mob violence'] });
const missed = goldEvent({ id: 'm', event_types: ['Violence against civilians'], sub_event_types: ['Attack'], evidence: 'Gunmen raided a market' });
const optional = goldEvent({ id: 'o', must: false });
const fp = predicted({ event_type: 'Riots', sub_event_type: 'Mob violence', evidence: [spanOf(TEXT, 'raided')] });
const matching: Matching = {
  pairs: [
    { gold: battle, pred: predicted({ actor1: 'Rioters (Peru)', country: 'Chile' }) },
    { gold: crowd, pred: predicted({ event_type: 'Riots', sub_event_type: 'Violent demonstration' }) },
  ],
  missed: [missed],
  falsePositives: [{ article_id: 'a1', pred: fp }],
  excused: [{ article_id: 'a1', pred: predicted() }],
};
const { scores, errors } = score('gold-jsonl', [article('a1', TEXT)], [battle, crowd, missed, optional], 4, matching);

test('event-level recall counts must-events; precision leaves out excused predictions', () => {
  assert.deepEqual(scores.recall, { correct: 2, total: 3, rate: 2 / 3 });
  assert.deepEqual(scores.precision, { correct: 2, total: 3, rate: 2 / 3 });
  assert.ok(Math.abs(scores.f1! - 2 / 3) < 1e-9);
  assert.equal(scores.false_positives, 1);
  assert.equal(scores.excused, 1);
  assert.equal(scores.must_events, 3);
});

test('per-field counts are over matched pairs', () => {
  const counts = Object.fromEntries(Object.entries(scores.fields).map(([f, r]) => [f, `${r.correct}/${r.total}`]));
  assert.deepEqual(counts, {
    event_type: '2/2', sub_event_type: '1/2', actor1: '2/2', actor2: '2/2',
    country: '1/2', location: '1/2', date: '2/2', fatalities: '2/2',
  });
});

test('confusion table: gold rows by predicted columns, misses and false positives', () => {
  const c = scores.confusion;
  assert.deepEqual(c.columns, ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments', 'missed']);
  assert.deepEqual(c.rows, ['Battles', 'Violence against civilians', 'Protests or Riots', '(no gold)']);
  assert.deepEqual(c.counts, [
    [1, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 1],
    [0, 0, 0, 0, 1, 0, 0],
    [0, 0, 0, 0, 1, 0, 0],
  ]);
});

test('errors: each wrong field, miss and false positive with its evidence, expected and got', () => {
  const brief = errors.map((e) => [e.kind, e.gold_id, e.field, e.expected, e.got]);
  assert.deepEqual(brief, [
    ['wrong_field', 'b', 'country', 'Peru', 'Chile'],
    ['wrong_field', 'b', 'location', 'null (anywhere in Peru)', 'null (no point; Chile)'],
    ['wrong_field', 'c', 'sub_event_type', 'Peaceful protest or Mob violence', 'Violent demonstration'],
    ['missed', 'm', null, 'Violence against civilians', 'nothing'],
    ['false_positive', null, null, 'nothing', 'Riots / Mob violence'],
  ]);
  assert.equal(errors.find((e) => e.kind === 'missed')!.evidence, 'Gunmen raided a market');
  assert.equal(errors.find((e) => e.kind === 'false_positive')!.evidence, 'Gunmen raided a market at dawn.');
});
