import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { EVENT_TYPES } from '../model/event.js';
import { findTriggers, type TriggerFamily } from './EventTrigger.js';

// [sentence, the families (with sub-event type where the cue decides it) expected, in text order]
const ROWS: [string, string[]][] = [
  ['A roadside bomb struck a police patrol outside Kirkuk.', ['remote:Remote explosive/landmine/IED']],
  ['Warplanes struck militant hideouts in the desert overnight.', ['remote:Air/drone strike']],
  ['Two air strikes hit the village market.', ['remote:Air/drone strike']],
  ['Drones loaded with explosives struck a barracks near the border.', ['remote:Air/drone strike']],
  ['A suicide bomber blew himself up at a checkpoint.', ['remote:Suicide bomb', 'remote:Suicide bomb']],
  ['Rebels shelled the outskirts of the city for a third day.', ['remote:Shelling/artillery/missile attack']],
  ['Three rockets landed inside the base late on Sunday.', ['remote:Shelling/artillery/missile attack']],
  ['A man threw a grenade into the crowded bar.', ['remote:Grenade']],
  ['Gunmen kidnapped twelve students from their dormitory.', ['abduction:Abduction/forced disappearance']],
  ['Soldiers clashed with fighters near the border.', ['battle']],
  ['Government forces recaptured the town after a week of fighting.', ['gain', 'battle']],
  ['The militants seized the town of Kidal on Friday.', ['takeover']],
  ['The rebels said they had taken over all army positions around the dam.', ['takeover']],
  ['Police arrested nine suspects in dawn raids.', ['arrest:Arrests', 'violence']],
  ['Thousands of teachers protested outside parliament.', ['protest']],
  ['Several hundred nurses marched quietly through the town centre.', ['protest']],
  ['In the capital, twenty people were held overnight.', ['arrest:Arrests']],
  ['Peace talks were held in the capital.', []],
  ['Rioters torched cars and looted shops in the market.', ['riot', 'looting:Looting/property destruction', 'looting:Looting/property destruction']],
  ['The two sides signed a ceasefire agreement in Doha.', ['agreement:Agreement']],
  ['The warring sides agreed to a three-month truce.', ['agreement:Agreement']],
  ['Gunmen shot dead a village chief on Tuesday.', ['violence']],
  ['A mass grave was discovered near the town.', ['violence:Attack']],
  ['The army set up a new base near the border.', ['base:Headquarters or base established']],
];

test('trigger cues are found with their family and, where the cue decides it, the sub-event type', () => {
  for (const [sentence, expected] of ROWS) {
    const got = findTriggers(sentence).map((h) => (h.subEventType ? `${h.family}:${h.subEventType}` : h.family));
    assert.deepEqual(got, expected, sentence);
  }
});

test('spans are article offsets that cover the cue words', () => {
  const sentence = 'A roadside bomb struck a police patrol.';
  const offset = 120;
  const article = ' '.repeat(offset) + sentence;
  for (const h of findTriggers(sentence, offset)) assert.equal(article.slice(h.span.start, h.span.end), h.text);
  assert.equal(findTriggers(sentence, offset)[0]?.text, 'roadside bomb');
});

test('sentences without any cue give nothing', () => {
  const none: string[] = [
    'The minister visited the capital on Monday.',
    'Prices of bread rose sharply this year.',
    'The football team won its third match in a row.',
    'Officials met to discuss the budget.',
  ];
  for (const s of none) assert.deepEqual(findTriggers(s), [], s);
});

test('every family in the lexicon is one the classifier knows, and every sub-event type is ACLED\'s', () => {
  const known: TriggerFamily[] = ['remote', 'sexual', 'abduction', 'protest', 'riot', 'arrest', 'gain', 'takeover',
    'battle', 'violence', 'looting', 'agreement', 'base'];
  const lexicon = JSON.parse(readFileSync(new URL('../../data/lexicon/triggers.json', import.meta.url), 'utf8')) as
    { groups: { family: TriggerFamily; sub_event_type?: string }[] };
  const acled = new Set<string>(Object.values(EVENT_TYPES).flat());
  for (const g of lexicon.groups) {
    assert.ok(known.includes(g.family), g.family);
    if (g.sub_event_type) assert.ok(acled.has(g.sub_event_type), g.sub_event_type);
  }
});
