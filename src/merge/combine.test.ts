import assert from 'node:assert/strict';
import { test } from 'node:test';
import { combine } from './combine.js';
import { mention } from './fixtures.js';

test('one mention is its own event, unchanged', () => {
  const m = mention('a');
  assert.equal(combine([m]), m);
});

test('the earliest-published article is primary, every source is kept, conflicts are marked', () => {
  const late = mention('late', { fatalities: 5, fatalities_low: 5, fatalities_high: 5 }, '2021-06-15');
  const early = mention('early', { fatalities: null, fatalities_low: null, fatalities_high: null }, '2021-06-13T22:00:00Z');
  const atLeast = mention('mid', { fatalities: 3, fatalities_low: 3, fatalities_high: null }, '2021-06-14');
  const e = combine([late, atLeast, early]);
  assert.equal(e.event_id, 'ev_early');
  assert.deepEqual(e.sources.map((s) => s.article_id), ['early', 'mid', 'late']);
  assert.deepEqual(e.sources.map((s) => s.evidence.length), [1, 1, 1]);
  assert.deepEqual([e.fatalities, e.fatalities_low, e.fatalities_high], [3, 3, null], 'smallest best; open top');
  assert.deepEqual(e.conflicts, ['fatalities']);
});

test('the tightest date, the finest place and a named side come from whichever report has them', () => {
  const vague = mention('a', { event_date: '2021-06-14', date_precision: 'week', time_precision: 2, date_range: ['2021-06-08', '2021-06-14'],
    geo_precision: 3, location: 'Kirkuk', latitude: 35.47, longitude: 44.39 }, '2021-06-14');
  const precise = mention('b', { actor1: 'Islamic State (ISIS)', inter1: 2 }, '2021-06-15');
  const e = combine([vague, precise]);
  assert.equal(e.event_id, 'ev_a');
  assert.deepEqual([e.event_date, e.date_precision, e.location, e.geo_precision], ['2021-06-13', 'day', 'Daquq', 2]);
  assert.deepEqual([e.actor1, e.inter1, e.interaction], ['Islamic State (ISIS)', 2, 12]);
  assert.equal(e.conflicts, undefined, 'vaguer readings do not conflict with precise ones');
});

test('bounds are the range over the reports when all give them', () => {
  const e = combine([mention('a', { fatalities: 4, fatalities_low: 4, fatalities_high: 4 }),
    mention('b', { fatalities: 6, fatalities_low: 6, fatalities_high: 9 }, '2021-06-15')]);
  assert.deepEqual([e.fatalities, e.fatalities_low, e.fatalities_high], [4, 4, 9]);
  assert.throws(() => combine([]), /at least one mention/);
});
