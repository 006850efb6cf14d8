import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedText, gotText } from './fieldText.js';
import { actorAgrees, countryAgrees, distanceKm, fatalitiesAgree, fieldAgrees, locationAgrees } from './fields.js';
import { goldEvent, predicted } from './fixtures/events.js';

test('actors: aliases, country-less generic actors ("Civilians"), regime years (not the unit after them), case and spacing; null only equals null', () => {
  const cases: Array<[string | null, string | null, boolean]> = [
    ['PKK: Kurdistan Workers Party', 'PKK', true],
    ['PKK: Kurdistan Workers Party', 'Kurdistan Workers Party', true],
    ['PKK: Kurdistan Workers Party', 'Free Syrian Army', false],
    ['Civilians', 'Civilians (Peru)', true],
    ['Civilians', 'Civilians', true],
    ['Civilians (Peru)', 'Civilians (Chile)', false],
    ['Civilians (Peru)', 'Civilians', false], // only the country-less gold is lenient
    ['Civilians', 'Protesters (Peru)', false],
    ['Unidentified armed group', 'Unidentified Armed Group (Peru)', true],
    ['Unidentified Armed Group (Peru)', 'Unidentified Armed Group (Chile)', false],
    ['Unidentified armed group', 'Civilians (Peru)', false],
    ['Rioters', 'Rioters (Peru)', true],
    ['Military Forces of Peru (2001-)', 'Military Forces of Peru', true],
    ['Military Forces of Peru (2001-2006)', 'Peruvian troops', true],
    ['Coastal Defence League (1999-)', 'Coastal Defence League', true], // not in the registry
    ['Coastal Defence League', 'coastal  defence league', true],
    ['Military Forces of Peru (2001-)', 'Military Forces of Chile', false],
    ['Military Forces of Peru (2001-) Navy', 'Military Forces of Peru (2020-) Navy', true],
    ['Military Forces of Peru (2001-) Navy', 'Military Forces of Peru (2001-) Air Force', false], // rival units stay apart
    ['Military Forces of Peru (2001-) Navy', 'Military Forces of Peru', false],
    [null, null, true],
    [null, 'Rioters (Peru)', false],
    ['Rioters (Peru)', null, false],
  ];
  for (const [gold, pred, want] of cases) assert.equal(actorAgrees(gold, pred), want, `${gold} vs ${pred}`);
});

test('countries compare by the gazetteer name', () => {
  assert.equal(countryAgrees('Peru', 'peru'), true);
  assert.equal(countryAgrees('Peru', 'Chile'), false);
  assert.equal(countryAgrees('Peru', null), false);
  assert.equal(countryAgrees(null, null), true);
});

test('location: the predicted point within tolerance_km of the gold point; without gold coordinates, the country', () => {
  assert.ok(Math.abs(distanceKm(0, 0, 0, 1) - 111.19) < 0.1);
  const gold = goldEvent({ country: 'Peru', latitude: -10, longitude: -75, tolerance_km: 25 });
  const cases: Array<[string, Parameters<typeof predicted>[0], boolean]> = [
    ['same point', { latitude: -10, longitude: -75 }, true],
    ['about 22 km away', { latitude: -10.2, longitude: -75 }, true],
    ['about 33 km away', { latitude: -10.3, longitude: -75 }, false],
    ['no point', { country: 'Peru' }, false],
  ];
  for (const [name, over, want] of cases) assert.equal(locationAgrees(gold, predicted(over)), want, name);
  const countryOnly = goldEvent({ country: 'Peru' });
  assert.equal(locationAgrees(countryOnly, predicted({ country: 'Peru', latitude: -12, longitude: -77 })), true);
  assert.equal(locationAgrees(countryOnly, predicted({ country: 'Chile' })), false);
});

test('fatalities: each bound the gold states must equal the predicted one; null gold needs a null count', () => {
  const b = (low: number | null, best: number | null, high: number | null) => ({ low, best, high });
  const p = (low: number | null, best: number | null, high: number | null) => predicted({ fatalities_low: low, fatalities: best, fatalities_high: high });
  const cases: Array<[string, ReturnType<typeof b> | null, ReturnType<typeof p>, boolean]> = [
    ['exact', b(7, 7, 7), p(7, 7, 7), true],
    ['exact, predicted without bounds', b(7, 7, 7), p(null, 7, null), false],
    ['lower bound only: best and high are free', b(41, null, null), p(41, 41, null), true],
    ['lower bound wrong', b(41, null, null), p(40, 41, null), false],
    ['upper bound only', b(null, 90, 90), p(null, 90, 90), true],
    ['upper bound missing', b(null, 90, 90), p(null, 90, null), false],
    ['no count in gold, none predicted', null, p(null, null, null), true],
    ['no count in gold, zero predicted', null, p(0, 0, 0), false],
    ['none killed', b(0, 0, 0), p(0, 0, 0), true],
    ['count in gold, none predicted', b(3, 3, 3), p(null, null, null), false],
  ];
  for (const [name, fat, pred, want] of cases) assert.equal(fatalitiesAgree(goldEvent({ fatalities: fat }), pred), want, name);
});

test('fatalities on ACLED rows: the predicted best, or 0 when unknown, equals ACLED\'s number', () => {
  const acled = (n: number) => goldEvent({ fatality_rule: 'acled', fatalities: { low: n, best: n, high: n } });
  assert.equal(fatalitiesAgree(acled(0), predicted({ fatalities: null })), true);
  assert.equal(fatalitiesAgree(acled(0), predicted({ fatalities: 0 })), true);
  assert.equal(fatalitiesAgree(acled(4), predicted({ fatalities: 4, fatalities_low: null })), true);
  assert.equal(fatalitiesAgree(acled(4), predicted({ fatalities: 5 })), false);
  assert.equal(fatalitiesAgree(acled(4), predicted({ fatalities: null })), false);
});

test('event and sub-event types: any accepted type, any accepted sub-type (even of another type)', () => {
  const gold = goldEvent({ event_types: ['Violence against civilians'], sub_event_types: ['Attack', 'Grenade'] });
  const cases: Array<[Parameters<typeof predicted>[0], boolean, boolean]> = [
    [{ event_type: 'Violence against civilians', sub_event_type: 'Attack' }, true, true],
    [{ event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade' }, false, true],
    [{ event_type: 'Violence against civilians', sub_event_type: 'Sexual violence' }, true, false],
  ];
  for (const [over, type, sub] of cases) {
    assert.equal(fieldAgrees('event_type', gold, predicted(over)), type);
    assert.equal(fieldAgrees('sub_event_type', gold, predicted(over)), sub);
  }
});

test('expected and got texts show each side of a wrong field', () => {
  const gold = goldEvent({ location: 'Pampa Alta', latitude: -10, longitude: -75, fatalities: { low: 41, best: null, high: null } });
  assert.equal(expectedText('location', gold), 'Pampa Alta (-10, -75 ±25 km)');
  assert.equal(expectedText('fatalities', gold), 'low 41 / best null / high null');
  assert.equal(expectedText('date', gold), 'null (no single day)');
  assert.equal(gotText('date', predicted({ event_date: '2022-06', date_precision: 'month' })), '2022-06 (month)');
});
