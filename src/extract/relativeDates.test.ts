import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { dayOf, findRelativeDates } from './relativeDates.js';

const P = dayOf(2024, 3, 6);

// One sentence per pattern, in odd cases too: the word prefilter must not lose any of them.
const SENTENCES = [
  'Gunmen struck the village YESTERDAY MORNING.',
  'The convoy was ambushed Three Days Ago near the border.',
  'Over The Past 24 Hours, shelling killed four.',
  'Militias have recently seized two towns.',
  'Clashes broke out Last Week in the north.',
  'Earlier This Month, troops retook the bridge.',
  'Protesters gathered over The Weekend.',
  'The base was overrun last August.',
  'The town fell in May Last Year.',
  'Fighting raged Between 2014 And 2016.',
  'The group was founded in the early 1990s.',
  'The militia has held the town since 2019.',
  'The raid took place on 04/03/2024, officials said.',
];

test('each pattern reads its fixture sentence, with the prefilter as without', () => {
  for (const s of SENTENCES) {
    const found = findRelativeDates(s, P);
    assert.ok(found.length > 0, s);
    assert.deepEqual(found, findRelativeDates(s, P, false), s);
  }
});

test('the prefilter skips only patterns that cannot match, on every demo sentence', () => {
  const dir = new URL('../../examples/articles/', import.meta.url);
  const sentences = readdirSync(dir).flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split(/(?<=[.!?])\s+|\n+/));
  assert.ok(sentences.length > 300);
  for (const s of sentences) {
    assert.deepEqual(findRelativeDates(s, P), findRelativeDates(s, P, false), s);
    assert.deepEqual(findRelativeDates(s, null), findRelativeDates(s, null, false), s);
  }
});
