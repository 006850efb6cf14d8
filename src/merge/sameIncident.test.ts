import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mention } from './fixtures.js';
import { sameIncident } from './sameIncident.js';

const a = mention('a');

test('the same bomb told in other words, with the attacker named and a rising toll, is one incident', () => {
  const b = mention('b', { fatalities: 5, fatalities_low: 5, fatalities_high: 5, actor1: 'Islamic State (ISIS)', inter1: 2, interaction: 12 });
  const v = sameIncident(a, b);
  assert.equal(v.same, true, v.reasons.join('; '));
  assert.ok(v.reasons.includes('tolls close'));
});

test('a day apart merges only when more agrees: a matching toll yes, a different one no', () => {
  const nextDay = { event_date: '2021-06-14', date_range: ['2021-06-14', '2021-06-14'] as [string, string] };
  const atLeast = mention('b', { ...nextDay, fatalities_low: 3, fatalities_high: null });
  assert.equal(sameIncident(a, atLeast).same, true);
  const another = mention('c', { ...nextDay, fatalities: 2, fatalities_low: 2, fatalities_high: 2 });
  const v = sameIncident(a, another);
  assert.equal(v.same, false);
  assert.ok(v.reasons.includes('a day apart'));
});

test('a report with no date words (the week before publication) meets a dated one', () => {
  const b = mention('b', { event_date: '2021-06-15', date_precision: 'week', time_precision: 2, date_range: ['2021-06-09', '2021-06-15'] });
  assert.equal(sameIncident(a, b).same, true);
});

test('a shelling report and a battle report of one fight merge; a protest never joins a bomb', () => {
  const battle = mention('b', { event_type: 'Battles', sub_event_type: 'Armed clash' });
  assert.equal(sameIncident(a, battle).same, true);
  const protest = mention('c', { event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Iraq)', inter1: 6, actor2: null, inter2: 0 });
  assert.match(sameIncident(a, protest).reasons.at(-1)!, /cannot be one incident/);
});

test('same day and city but different sides are two incidents', () => {
  const b = mention('b', { actor2: 'Civilians (Iraq)', inter2: 7, interaction: 37 });
  assert.deepEqual(sameIncident(a, b).reasons.at(-1), 'different actors');
  const c = mention('c', { actor1: 'Islamic State (ISIS)' });
  const d = mention('d', { actor1: 'Kurdistan Workers Party' });
  assert.equal(sameIncident(c, d).same, false);
});

test('two days apart, or 60 km apart, are two incidents', () => {
  const later = mention('b', { event_date: '2021-06-16', date_range: ['2021-06-16', '2021-06-16'] });
  assert.equal(sameIncident(a, later).reasons.at(-1), 'dates do not meet');
  const far = mention('c', { location: 'Tuz Khurmatu', latitude: 34.88, longitude: 44.63 });
  assert.match(sameIncident(a, far).reasons.at(-1)!, /km apart/);
});

test('a province-level report matches a town in that province, not one in the next', () => {
  const province = mention('b', { location: 'Kirkuk', admin2: null, latitude: 35.47, longitude: 44.39, geo_precision: 3 });
  assert.equal(sameIncident(a, province).same, true);
  const other = mention('c', { admin1: 'Salah al-Din', location: 'Salah al-Din', latitude: 34.69, longitude: 43.77, geo_precision: 3 });
  assert.equal(sameIncident(a, other).same, false);
});

test('same place and day with tolls far apart and nothing else in common stays apart', () => {
  const quiet = mention('q', { location: null, admin2: null, geo_precision: 2, actor1: null, inter1: null, actor2: null, inter2: 0 });
  const big = mention('b', { location: null, admin2: null, fatalities: 40, fatalities_low: 40, fatalities_high: 40, actor1: null, actor2: null });
  assert.equal(sameIncident(quiet, big).same, false);
});
