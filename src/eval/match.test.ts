import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConflictEvent } from '../model/event.js';
import { goldEvent, predicted, spanOf } from './fixtures/events.js';
import { matchAll, matchArticle } from './match.js';
import { locate, sentenceWindow } from './text.js';
import type { GoldEvent } from './types.js';

const TEXT = 'Rebels shelled the port on Monday.\u00a0Three dockers died. Separately, police detained\n\ntwo traders. Years ago the army had retaken the port.';

/** A gold event whose window is the sentence holding `evidence`, as the gold reader builds it. */
function gold(id: string, evidence: string, over: Partial<GoldEvent> = {}): GoldEvent {
  const at = locate(TEXT, evidence);
  assert.ok(at, evidence);
  return goldEvent({ id, evidence, window: sentenceWindow(TEXT, at), ...over });
}

const pred = (phrase: string, over: Partial<ConflictEvent> = {}) => predicted({ evidence: [spanOf(TEXT, phrase)], ...over });

const shelling = gold('g1', 'Rebels shelled the port', { event_types: ['Explosions/Remote violence'] });
const deaths = gold('g2', 'Three dockers died', { fatalities: { low: 3, best: 3, high: 3 } });
const arrest = gold('g3', 'police detained two traders', { event_types: ['Strategic developments'], sub_event_types: ['Arrests'] });
const history = gold('g4', 'the army had retaken the port', { must: false });

test('a prediction matches when an evidence span overlaps the gold evidence\'s sentence', () => {
  const cases: Array<[string, string, string | null]> = [
    ['the evidence itself', 'shelled', 'g1'],
    ['another word of the same sentence', 'on Monday', 'g1'],
    ['across U+00A0 into the next sentence', 'dockers', 'g2'],
    ['evidence split by a line break and a blank line', 'detained', 'g3'],
    ['a sentence with no gold event', 'Separately', 'g3'], // same sentence as the arrest
  ];
  for (const [name, phrase, want] of cases) {
    const m = matchArticle('a1', [shelling, deaths, arrest], [pred(phrase)]);
    assert.equal(m.pairs[0]?.gold.id ?? null, want, name);
  }
});

test('a prediction without overlapping evidence is a false positive, and the gold event a miss', () => {
  const m = matchArticle('a1', [shelling], [pred('Three dockers'), predicted({ evidence: [] })]);
  assert.equal(m.pairs.length, 0);
  assert.deepEqual(m.missed.map((g) => g.id), ['g1']);
  assert.equal(m.falsePositives.length, 2);
});

test('reporting a must:false event is no false positive, and missing it is no miss', () => {
  const reported = matchArticle('a1', [shelling, history], [pred('shelled'), pred('retaken'), pred('army')]);
  assert.deepEqual(reported.pairs.map((p) => p.gold.id).sort(), ['g1', 'g4']);
  assert.equal(reported.falsePositives.length, 0);
  assert.equal(reported.excused.length, 1); // the second report of the optional event
  const silent = matchArticle('a1', [shelling, history], []);
  assert.deepEqual(silent.missed.map((g) => g.id), ['g1']);
});

test('one gold event takes one prediction: a duplicate is a false positive', () => {
  const m = matchArticle('a1', [shelling], [pred('shelled'), pred('port on Monday')]);
  assert.equal(m.pairs.length, 1);
  assert.equal(m.falsePositives.length, 1);
});

test('greedy: more overlap first, then more agreeing fields', () => {
  const wide = predicted({ evidence: [spanOf(TEXT, 'Rebels shelled the port on Monday.')] });
  const narrow = pred('shelled', { event_type: 'Explosions/Remote violence' });
  const byOverlap = matchArticle('a1', [shelling], [narrow, wide]);
  assert.equal(byOverlap.pairs[0]!.pred, wide);
  // Two gold events in one sentence: each prediction goes to the one it agrees with.
  const a = gold('ga', 'Rebels shelled', { event_types: ['Explosions/Remote violence'], sub_event_types: ['Shelling/artillery/missile attack'] });
  const b = gold('gb', 'the port on Monday', { event_types: ['Battles'], sub_event_types: ['Armed clash'] });
  const p1 = pred('shelled', { event_type: 'Battles', sub_event_type: 'Armed clash' });
  const p2 = pred('Rebels', { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' });
  const m = matchArticle('a1', [a, b], [p1, p2]);
  assert.deepEqual(m.pairs.map((p) => [p.gold.id, p.pred === p1 ? 'p1' : 'p2']).sort(), [['ga', 'p2'], ['gb', 'p1']]);
});

test('ACLED rows (no window): every prediction is a candidate and the best agreeing one wins', () => {
  const row = goldEvent({ id: 'r1', article_id: 'r1', event_types: ['Protests', 'Riots'], sub_event_types: ['Peaceful protest'] });
  const wrong = predicted({ event_type: 'Battles' });
  const right = predicted({ event_type: 'Protests', sub_event_type: 'Peaceful protest' });
  const m = matchAll([row], ['r1'], new Map([['r1', [wrong, right]]]));
  assert.equal(m.pairs[0]!.pred, right);
  assert.equal(m.falsePositives[0]!.pred, wrong);
});

test('predictions count for the article they were extracted from, whatever their article_id says', () => {
  const m = matchAll([shelling], ['a1', 'a2'], new Map([['a1', []], ['a2', [pred('shelled', { article_id: 'a1' })]]]));
  assert.equal(m.pairs.length, 0);
  assert.deepEqual(m.falsePositives.map((f) => f.article_id), ['a2']);
});
