import assert from 'node:assert/strict';
import test from 'node:test';
import { readCasualties } from './FatalityCount.js';
import { readFileSync, readdirSync } from 'node:fs';
import { ACTIVE, listedVictims, singleVictim } from './singleVictim.js';

// One person killed, with no number in the sentence: [sentence, the words that say so].
const one: [string, string][] = [
  ['A teacher from the district school was killed by gunmen near the market on Friday.', 'was killed'],
  ['The local councillor, a father of four, was reportedly shot dead outside his home.', 'was reportedly shot dead'],
  ['He was killed in 2014.', 'was killed'],
  ['The 25-year-old was killed.', 'was killed'],
  ['An aid worker has been killed in the east of the country.', 'has been killed'],
  ['Villagers beat the suspect to death after a chase.', 'beat the suspect to death'],
  ['Guards tortured to death a prisoner held without charge.', 'tortured to death a prisoner'],
  ['Gunmen stopped the bus and shot him in front of passengers.', 'shot him'],
  ['A second video shows her dead beside the road.', 'her dead'],
];

// No single death to read: nobody, an unknown number, a thing, or a count the sentence already gives.
const none: string[] = [
  'No one was killed in the blast.',
  'It is not clear whether anyone was killed.',
  'The plan was executed at dawn.',
  'Soldiers were killed in the ambush.',
  'The convoy was attacked near the bridge.',
  'The army said the rebels beat back the assault.',
  'Police beat the protesters with batons.',
];

test('singleVictim: one person killed, said without a number', () => {
  for (const [sentence, words] of one) {
    const span = singleVictim(sentence);
    assert.ok(span, sentence);
    assert.equal(sentence.slice(span.start, span.end), words, sentence);
    assert.deepEqual(readCasualties(sentence).fatalities?.best, 1, sentence);
  }
});

test('singleVictim: nothing where no single death is stated', () => {
  for (const sentence of none) assert.equal(singleVictim(sentence), null, sentence);
});

test('a count in the sentence wins over the singular reading', () => {
  const f = readCasualties('Three soldiers were wounded and a fourth was killed when the convoy was shelled; 6 died later.').fatalities;
  assert.equal(f?.best, 6);
});

test('listedVictims: a list of single people killed counts each', () => {
  const rows: [string, number][] = [
    ['Her husband and son were killed in the fighting near the river.', 2],
    ['Militants killed the chief, his wife and daughter in their home.', 3],
    ['Gunmen killed a farmer and his son near the well.', 2],
  ];
  for (const [sentence, count] of rows) assert.equal(readCasualties(sentence).fatalities?.best, count, sentence);
  assert.equal(listedVictims('Soldiers and police were killed.'), null);
  assert.equal(readCasualties('Gunmen killed two soldiers and a civilian.').fatalities?.best, 3, 'a count list keeps its sum');
});

test('each active pattern matches only where its quick test does', () => {
  const dir = new URL('../../examples/articles/', import.meta.url);
  const sentences = readdirSync(dir).filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split(/(?<=[.!?])\s+|\n+/));
  sentences.push(...one.map(([s]) => s), ...none, 'Militiamen HACKED\tto  death the village chief.', 'Police shot HER dead.');
  let matched = 0;
  for (const s of sentences) {
    for (const [needs, pattern] of ACTIVE) {
      if (!pattern.test(s)) continue;
      matched++;
      assert.ok(needs.test(s), `${pattern.source.slice(0, 30)} on ${s}`);
    }
  }
  assert.ok(matched >= 5, `only ${matched} sentences matched`);
});

test('the second "to death" pattern is tried when the first, sharing its quick test, fails', () => {
  assert.deepEqual(singleVictim('Guards tortured to death a prisoner at the camp.', 3), { start: 10, end: 38 });
  assert.equal(singleVictim('Guards were bored to death at the camp.', 0), null);
});
