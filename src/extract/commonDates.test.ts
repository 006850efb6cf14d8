import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { segment } from './Segmenter.js';
import { findDateMentions, findDateMentionsByChrono } from './EventDate.js';
import { readCommonWindow } from './commonDates.js';

// Forms the direct reader takes, and near misses it must leave to chrono (or read as chrono does).
const SENTENCES = [
  'Gunmen killed four villagers on Tuesday, the police said.',
  'The army said on Monday that it had retaken the town.',
  'Militants shelled the market last Friday, killing 12 people.',
  'Clashes broke out on Tuesday night near the border.',
  'Rebels attacked the base next Sunday, officials warned.',
  'The convoy was ambushed this Wednesday in the north.',
  'Troops opened fire on protesters on Thursday of last week.',
  'Residents said the strike hit on Saturday.',
  "Tuesday's raid left 9 people dead.",
  'Soldiers clashed with rebels near Marib on Friday, killing 7 fighters.',
  'Separately, gunmen abducted a chief on Monday.',
  'Fighting raged from Monday to Friday across the province.',
  'Fighting raged on Monday, Tuesday and Wednesday.',
  'The attack came on Monday, 5 March, officials said.',
  'The blast happened on Monday at 10 pm in the capital.',
  'The blast happened at 10 pm on Monday in the capital.',
  'The blast happened on Monday, 10 people were hurt.',
  'Police said 3 men EAT on Tuesday were arrested.',
  'The rally on Tuesday (EAT) ended in clashes with 4 injured.',
  'The rally on Tuesday EAT ended in clashes.',
  'Troops may attack on Sunday, 10 days after the ceasefire.',
  'Fighters in Mon State attacked a post on Friday.',
  'The Sun reported 20 deaths on Monday.',
  'Thousands joined the march on Tuesday in the capital.',
  'Rebels sat in the square on Wednesday, 200 of them.',
  'On 5 March gunmen killed 11 people.',
  'Gunmen killed 11 people on March 5 near the river.',
  'Gunmen killed 11 people in March 2024.',
  'The offensive began in March and lasted until Tuesday.',
  'In May 2 soldiers died in an ambush on Sunday.',
  'The group was founded in 2014 and struck again on Monday.',
  'An attack on 2024-03-05 killed 3, and another on Tuesday killed 2.',
  'On Tuesday 2024/03/05 the army moved in.',
  'The strike was on Tuesday, after 2 days of shelling.',
  'The strike was on Monday last week, killing 6.',
  'The strike was last weekend on Sunday at 3.',
  'They attacked at 6 on Friday morning.',
  'They attacked at 6 am Friday.',
  'The talks failed on Monday, the 5th round of talks.',
  'Protests on Wed. and Thurs. turned violent.',
  'Gunmen stormed the village on tuesday, killing 8.',
  'No date here, just 24 people and 7 trucks.',
];
const DATES = ['2024-03-06', '2024-03-10', '2023-12-31', null] as const;

test('the direct reader gives what chrono gives, on every form it takes and every near miss', () => {
  for (const s of SENTENCES) for (const p of DATES) {
    assert.equal(JSON.stringify(findDateMentions(s, p, 7)), JSON.stringify(findDateMentionsByChrono(s, p, 7)), `${s} (${p})`);
  }
});

test('the direct reader takes lone weekdays and leaves months, times and ranges to chrono', () => {
  assert.deepEqual(readCommonWindow('the army said on Tuesday, killing 18 people'), [{ index: 14, text: 'on Tuesday,', weekday: 2 }]);
  assert.deepEqual(readCommonWindow('Separately, residents said'), []);
  for (const w of ['in March 2024', 'on Monday at 10 pm', 'from Monday to Friday', '10 am Tuesday', 'on Tuesday (EAT) 4',
    'on 2024-03-05 in town', 'on Tuesday, 10 people']) {
    assert.equal(readCommonWindow(w), undefined, w);
  }
});

test('the direct reader gives what chrono gives on every sentence of the demo articles', () => {
  const dir = new URL('../../examples/articles/', import.meta.url);
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    for (const s of segment(readFileSync(new URL(f, dir), 'utf8')).sentences) {
      assert.equal(JSON.stringify(findDateMentions(s.text, '2024-03-06', s.start)),
        JSON.stringify(findDateMentionsByChrono(s.text, '2024-03-06', s.start)), s.text);
    }
  }
});
