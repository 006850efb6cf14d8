import assert from 'node:assert/strict';
import test from 'node:test';
import { unspecificReading, type Unspecific } from './Specificity.js';

const none: { dated: boolean; counted: boolean; placed: boolean; dayDated?: boolean } = { dated: false, counted: false, placed: false };

/** The cue is the bracketed word; the sentence gives no date, count or place unless said. */
function read(marked: string, anchors = none): Unspecific | null {
  const start = marked.indexOf('['), end = marked.indexOf(']') - 1;
  const sentence = marked.replace(/[[\]]/g, '');
  return unspecificReading(sentence, 0, { start, end, text: sentence.slice(start, end), family: 'violence' }, anchors);
}

const cases: [string, Unspecific | null][] = [
  ['A self-styled militia in the north is tracking down and [killing] former rebels.', 'ongoing'],
  ['For them, success is [killing] the commanders.', 'ongoing'],
  ['Farmers say they have indeed been [attacked] by herders.', 'perfect'],
  ['Farmers say they have often been [attacked] by herders.', 'habit'],
  ['Farmers say they have repeatedly been [attacked] by herders.', 'habit'],
  ['Many of the men on the list have been jailed or [killed].', 'perfect'],
  ['The report found the guards guilty of [torturing] and starving detainees.', 'charge'],
  ['The minister offered help in [retaking] the port.', 'purpose'],
  ['Cells have regrouped to carry out hit-and-run [attacks] on patrols.', 'purpose'],
  ['The radio station reopened two months after the town was [liberated].', 'time reference'],
  ['Volunteers from abroad joined the [fight] against the rebels.', 'war'],
  ['[Fighting] alongside the army are several local militias.', 'war'],
  // One incident: a plain past, or an allegation about one deed.
  ['Gunmen [attacked] a bus on the highway.', null],
  ['A man suspected to have [raped] a girl was beaten by a crowd.', null],
  ['Soldiers were [killed] in fighting with rebels.', null],
  ['Its channel posted an account of [ambushing] a supply truck.', null],
  ['They were accused of [ambushing] supply trucks.', 'charge'],
  // A habit: told as recurring, or as going on.
  ['Bandits have [raided] the market several times.', 'habit'],
  ['Herders routinely [attack] farmers on the plateau.', 'habit'],
  ['[Attacks] on the road have continued, officials say.', 'habit'],
  ['The state has since [detained] hundreds of suspects.', 'perfect'],
  ['Fighters [attacked] the camp, which had continued to receive aid.', null],
];

test('unspecificReading: a habit, a charge, a war or a time reference is not an incident', () => {
  for (const [marked, expected] of cases) assert.equal(read(marked), expected, marked);
});

test('unspecificReading: a habit is tied to one incident by a day or a count, not by a year', () => {
  const habit = 'Bandits have [raided] the market several times this year.';
  assert.equal(read(habit, { ...none, dated: true }), 'habit');
  assert.equal(read('Fighters repeatedly [attacked] the base on Monday.', { ...none, dated: true, dayDated: true }), null);
  assert.equal(read(habit, { ...none, counted: true }), null);
  // Going on, at a named place, may be one incident told as it unfolds.
  assert.equal(read('[Fighting] in the town has continued.', { ...none, placed: true }), null);
});

test('unspecificReading: a date or a count ties the words to one incident', () => {
  assert.equal(read('The militia is [killing] villagers.', { ...none, dated: true }), null);
  assert.equal(read('Cells emerged in recent months to carry out [attacks] on patrols.', { ...none, dated: true }), 'purpose');
  assert.equal(read('They have [killed] soldiers.', { ...none, counted: true }), null);
  assert.equal(read('Rebels have [attacked] a base near the town.', { ...none, placed: true }), null);
  assert.equal(read('The rebels accused the army of [attacking] their positions near Bor.', { ...none, placed: true }), null);
  assert.equal(read('Volunteers joined the [fight] against the rebels.', { ...none, placed: true }), 'war');
});
