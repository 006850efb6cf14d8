import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_TYPES } from '../model/event.js';
import { acceptedFor, typeLabel } from './taxonomy.js';

const any = (t: keyof typeof EVENT_TYPES) => [...EVENT_TYPES[t]];

test('pre-2019 event types map to the accepted (type, sub-type) sets of the dev README table', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['Battle-No change of territory', ['Battles'], ['Armed clash']],
    ['Battle-Government regains territory', ['Battles'], ['Government regains territory']],
    ['Battle-Non-state actor overtakes territory', ['Battles'], ['Non-state actor overtakes territory']],
    ['Violence against civilians', ['Violence against civilians'], any('Violence against civilians')],
    ['Remote violence', ['Explosions/Remote violence'], any('Explosions/Remote violence')],
    ['Riots/Protests', ['Protests', 'Riots'], [...any('Protests'), ...any('Riots')]],
    ['Strategic development', ['Strategic developments'], any('Strategic developments')],
    ['Non-violent transfer of territory', ['Strategic developments'], ['Non-violent transfer of territory']],
    ['Headquarters or base established', ['Strategic developments'], ['Headquarters or base established']],
    [' riots/PROTESTS ', ['Protests', 'Riots'], [...any('Protests'), ...any('Riots')]],
  ];
  for (const [label, types, subs] of cases) {
    assert.deepEqual(acceptedFor(label, null), { event_types: types, sub_event_types: subs }, label);
  }
});

test('current-taxonomy rows are taken as they are; unknown labels are refused', () => {
  assert.deepEqual(acceptedFor('Protests', 'Peaceful protest'), { event_types: ['Protests'], sub_event_types: ['Peaceful protest'] });
  assert.deepEqual(acceptedFor('Riots', ''), { event_types: ['Riots'], sub_event_types: any('Riots') });
  assert.equal(acceptedFor('Protests', 'Armed clash'), null); // sub-type of another type
  assert.equal(acceptedFor('Skirmish', null), null);
  assert.equal(acceptedFor('Remote violence', 'Grenade'), null); // a sub-type needs a current type
});

test('typeLabel names a two-type gold row', () => {
  assert.equal(typeLabel(['Protests', 'Riots']), 'Protests or Riots');
  assert.equal(typeLabel(['Battles']), 'Battles');
});
