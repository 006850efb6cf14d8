import assert from 'node:assert/strict';
import test from 'node:test';
import { defaultGeocoder } from '../geocode/index.js';
import { extract } from '../pipeline/extract.js';

const read = (text: string) => extract({ id: 'a1', text, published: '2024-03-15', source: null, url: null })
  .map((e) => [e.sub_event_type, e.fatalities]);

test('a sentence that joins two incidents of different kinds, each with its dead, gives two events', () => {
  assert.deepEqual(read('Three soldiers were killed in a gunfight on Sunday and two police officers died in a mortar attack on a checkpoint near the border.'),
    [['Armed clash', 3], ['Shelling/artillery/missile attack', 2]]);
});

test('"after" joins an earlier incident with a day of its own', () => {
  assert.deepEqual(read('About forty militants were killed in air strikes on Thursday after they attacked army positions near the dam on Tuesday night.'),
    [['Air/drone strike', 40], ['Armed clash', null]]);
});

test('one incident told in two steps stays one event', () => {
  const rows: string[] = [
    // the second part only counts the dead
    'Rebels attacked an army post near the river, leaving two rebels and four soldiers killed.',
    // the second part has no dead of its own
    'Rioters set fire to a police station on Monday and two men were arrested in the town centre.',
    'One soldier was killed and another was wounded when guards exchanged fire inside the barracks.',
    // one kind of event on both sides
    'Gunmen killed two farmers on Monday and three herders died in a second raid on the same village.',
    // "after" with no day of its own
    'Five soldiers were killed in an ambush on Monday after they left the base.',
  ];
  for (const text of rows) assert.equal(read(text).length, 1, text);
});

test('one deed told as verbs in a row is an event, not a list of kinds of deed', () => {
  assert.equal(read('A student was kidnapped and tortured by gunmen in Sirte on Monday.').length, 1);
  assert.equal(read('A student was kidnapped and tortured by gunmen in Sirte.').length, 1);
});

test('deeds of different kinds listed as examples are an incident each', () => {
  assert.deepEqual(read('The video shows attacks in Gao, including an ambush on an army convoy and the beheading of a village chief.'),
    [['Armed clash', null], ['Attack', 1]]);
});

test('deeds of one kind at two towns, each named in its part, are an event each (a place a row)', () => {
  const geocoder = defaultGeocoder();
  const at = (text: string) => extract({ id: 'a2', text, published: '2024-03-15', source: null, url: null }, { geocoder })
    .map((e) => [e.sub_event_type, e.location]);
  assert.deepEqual(at('In Kano, police detained 14 suspects on Monday, and in Kaduna soldiers detained nine people.'),
    [['Arrests', 'Kano'], ['Arrests', 'Kaduna']]);
  // A town and its own province are one place.
  assert.equal(at('Police detained 14 suspects in Kano on Monday, and in Kano State soldiers detained nine more.').length, 1);
});
