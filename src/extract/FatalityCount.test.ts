import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCasualties } from './FatalityCount.js';

// A fatality figure: one number for an exact count (low = best = high), else [low, best, high].
type Fig = number | [number | null, number | null, number | null] | null;
// [sentence, fatalities, words its span must cover, injuries, words the injury span must cover]
type Row = [string, Fig, string, number | null, string];

const rows: Record<string, Row[]> = {
  'the reporter and another incident are not counted': [
    ['Three armed men using pistols shot and killed two youths at the market.', 2, 'killed two youths', null, ''],
    ['Gunmen kidnapped two traders from the village and killed one.', 1, 'killed one', null, ''],
    ['A man was shot and killed by an unidentified man near the port.', 1, 'A man was shot and killed', null, ''],
    ['The raiders attacked a group of fishermen, leaving one killed and four missing.', 1, 'one killed', null, ''],
    ['Two district officials were shot and killed by unknown gunmen.', 2, 'Two district officials', null, ''],
    ['Troops and rebels exchanged fire near the dam, killing two soldiers, a military official said.', 2, 'killing two soldiers', null, ''],
    ['Shelling killed at least nine civilians on Friday, a day after a drone attack in the city killed more than 80 people.', [9, 9, null], 'killed at least nine', null, ''],
  ],
  'deaths vs wounded': [
    ['Gunmen stormed the market, killing 11 and wounding 20.', 11, 'killing 11', 20, 'wounding 20'],
    ['20 people were wounded when the shell hit the square.', null, '', 20, '20 people'],
    ['Eleven people were killed and 20 wounded in the ambush.', 11, 'Eleven', 20, '20 wounded'],
    ['Two soldiers died and three others were injured.', 2, 'Two soldiers died', 3, 'three others'],
    ['The blast injured 14 people, police said.', null, '', 14, '14 people'],
    ['Rebels killed 9 troops and injured 12 others near the border.', 9, '9 troops', 12, '12 others'],
    ['Four were killed while 16 were hurt.', 4, 'Four', 16, '16'],
    ['Gunmen killed 11 people and 20 were wounded.', 11, 'killed 11 people', 20, '20 were wounded'],
    ['Two were killed and three wounded.', 2, 'Two were killed', 3, 'three wounded'],
    ['The militia killed or wounded 30 villagers.', null, '', null, ''],
    ['Thirty people were killed or wounded.', null, '', null, ''],
    ['Officials said 45 casualties were taken to the clinic.', null, '', null, ''],
    ['Nine of their victims were found near the road, shot execution-style.', 9, 'Nine of their victims', null, ''],
    ['Nine victims of the blast were treated at the clinic.', null, '', null, ''],
    ['Eleven of the soldiers were killed and the rest fled.', 11, 'Eleven of the soldiers were killed', null, ''],
  ],
  'death words, count before or after': [
    ['11 were killed in the raid.', 11, '11 were killed', null, ''],
    ['The airstrike killed 11.', 11, 'killed 11', null, ''],
    ['Five civilians were found dead near the river.', 5, 'Five civilians', null, ''],
    ['Six protesters died after police opened fire.', 6, 'Six protesters died', null, ''],
    ['There were 12 deaths in the camp overnight.', 12, '12 deaths', null, ''],
    ['The death toll rose to 14.', 14, 'death toll rose to 14', null, ''],
    ['The toll rose to 14 on Tuesday.', 14, 'toll rose to 14', null, ''],
    ['The bombing left 5 dead.', 5, '5 dead', null, ''],
    ['Residents recovered the bodies of 7 men from the well.', 7, 'bodies of 7 men', null, ''],
    ['Over 100 bodies were recovered from the rubble.', [101, null, null], 'Over 100 bodies', null, ''],
    ['Three villagers were slain by raiders.', 3, 'Three villagers were slain', null, ''],
    ['Militants massacred 40 worshippers at the shrine.', 40, '40 worshippers', null, ''],
    ['The group executed two hostages.', 2, 'executed two hostages', null, ''],
    ['Insurgents beheaded three farmers.', 3, 'three farmers', null, ''],
    ['Police shot dead four demonstrators.', 4, 'shot dead four', null, ''],
    ['Eight passengers lost their lives when the bus hit a mine.', 8, 'Eight passengers lost their lives', null, ''],
    ['Authorities confirmed 13 fatalities.', 13, '13 fatalities', null, ''],
    ['The ambush claimed the lives of nine soldiers.', 9, 'nine soldiers', null, ''],
    ['The fighting resulted in the death of five persons.', 5, 'the death of five persons', null, ''],
    ['Herders raided the camp, leaving at least four people killed, including a chief.', [4, 4, null], 'four people killed', null, ''],
    ['Guards beat to death a female detainee.', 1, 'beat to death a female', null, ''],
    ['Seven fighters perished in the fire.', 7, 'Seven fighters perished', null, ''],
    ['Troops killed twenty-three militants.', 23, 'twenty-three militants', null, ''],
    ['A soldier was killed by a sniper.', 1, 'A soldier was killed', null, ''],
    ['One officer was killed in the attack.', 1, 'One officer', null, ''],
    ['Gunmen killed a dozen villagers.', 12, 'a dozen villagers', null, ''],
    ['A hundred and five prisoners were executed.', 105, 'A hundred and five prisoners', null, ''],
    ['Two dozen fighters were killed in the clashes.', 24, 'Two dozen', null, ''],
    ['The shelling killed 1,200 people over three days.', 1200, 'killed 1,200 people', null, ''],
  ],
  bounds: [
    ['At least six soldiers were killed.', [6, 6, null], 'At least six', null, ''],
    ['Up to 284 people may have died.', [null, null, 284], 'Up to 284', null, ''],
    ['As many as 284 civilians were killed.', [null, null, 284], 'As many as 284', null, ''],
    ['More than 100 people were killed.', [101, null, null], 'More than 100', null, ''],
    ['Nearly 50 people were killed.', [null, 49, 49], 'Nearly 50', null, ''],
    ['Almost 50 soldiers died.', [null, 49, 49], 'Almost 50', null, ''],
    ['About 180 people were killed.', 180, 'About 180', null, ''],
    ['Around 180 were killed.', 180, 'Around 180', null, ''],
    ['Some 180 villagers were killed.', 180, 'Some 180', null, ''],
    ['An estimated 300 people were killed.', 300, 'An estimated 300', null, ''],
    ['Between 10 and 15 people were killed.', [10, 10, 15], 'Between 10 and 15', null, ''],
    ['Clashes killed 10 to 15 fighters.', [10, 10, 15], '10 to 15', null, ''],
    ['Two or three guards were killed.', [2, 2, 3], 'Two or three', null, ''],
    ['Fewer than 10 people died.', [null, null, 9], 'Fewer than 10', null, ''],
    ['More than a dozen people were killed.', [13, null, null], 'More than a dozen', null, ''],
    ['At least 30 were killed and up to 50 injured.', [30, 30, null], 'At least 30', null, ''],
  ],
  'vague amounts': [
    ['Dozens of people were killed.', [12, 12, 99], 'Dozens', null, ''],
    ['Hundreds were killed in the siege.', [100, 100, 999], 'Hundreds', null, ''],
    ['Several soldiers were killed.', [3, 10, null], 'Several', null, ''],
    ['A few fighters were killed.', [2, 2, 5], 'A few', null, ''],
    ['Scores of civilians were killed.', [40, 40, 99], 'Scores of', null, ''],
    ['The raid killed a handful of guards and wounded dozens.', [3, 3, 5], 'a handful of', 12, 'dozens'],
    ['Troops said they killed many insurgents in the raid.', [2, 10, null], 'many', null, ''],
  ],
  sums: [
    ['A British soldier and two more Americans were killed.', 3, 'A British soldier and two more Americans', null, ''],
    ['Two police officers and a civilian were killed.', 3, 'Two police officers and a civilian', null, ''],
    ['Three soldiers were killed, as were four civilians.', 7, 'Three soldiers were killed, as were four', null, ''],
    ['The attack killed two soldiers, three policemen and a civilian.', 6, 'two soldiers, three policemen and a civilian', null, ''],
    ['At least 3 soldiers and 4 civilians were killed.', [7, 7, null], 'At least 3 soldiers and 4', null, ''],
    // A part named after "including" or "of them" is already in the total; a toll is already a total.
    ['Eleven people were killed, including five children.', 11, 'Eleven people', null, ''],
    ['Gunmen killed 12 people, four of them women.', 12, '12 people', null, ''],
    ['The raid killed 8, bringing the death toll to 20.', 20, 'death toll to 20', null, ''],
    ['Five people, including two children, were killed.', 5, 'Five people', null, ''],
    ['The explosion wounded 20 people, two of whom later died.', 2, 'two of whom later died', 20, '20 people'],
    ['Three soldiers and two civilians were wounded, and one policeman was killed.', 1, 'one policeman', 5, 'Three soldiers and two'],
    // A count does not reach past another count that is not in its list.
    ['Hundreds of thousands have fled and tens of thousands were killed.', [20000, 20000, 99999], 'tens of thousands', null, ''],
  ],
  zero: [
    ['There were no casualties.', 0, 'no casualties', 0, 'no casualties'],
    ['No one was killed in the blast.', 0, 'No one was killed', null, ''],
    ['No deaths were reported.', 0, 'No deaths', null, ''],
    ['The convoy passed without casualties.', 0, 'without casualties', 0, 'without casualties'],
    ['No one was hurt when the shell landed.', 0, 'No one was hurt', 0, 'No one was hurt'],
    ['Nobody was killed but 5 people were wounded.', 0, 'Nobody was killed', 5, '5 people'],
    ['There were no immediate reports of casualties.', 0, 'no immediate reports of casualties', 0, 'casualties'],
  ],
  'numbers that are not deaths': [
    ['A 25-year-old man was killed.', 1, 'A 25-year-old man', null, ''],
    ['Two men were killed at 5 pm.', 2, 'Two men', null, ''],
    ['Three people were killed 20 km from the capital.', 3, 'Three people', null, ''],
    ['Four soldiers were killed on 12 May.', 4, 'Four soldiers', null, ''],
    ['Five people were killed on May 12.', 5, 'Five people', null, ''],
    ['Six were killed after clashes lasting 3 hours.', 6, 'Six', null, ''],
    ['A man aged 40 was killed.', 1, 'A man', null, ''],
    ['Two vehicles were destroyed and three soldiers killed.', 3, 'three soldiers killed', null, ''],
    ['The third attack this month killed 9 people.', 9, '9 people', null, ''],
    ['Gunmen killed 30 cattle and 2 herders.', 2, '2 herders', null, ''],
    ['Eleven were killed in 2014.', 11, 'Eleven', null, ''],
  ],
};

// Sentences where no fatality figure may come out.
const noFatalities: string[] = [
  'The ceasefire was signed on 12 May.',
  'Two vehicles were destroyed.',
  'The market reopened at 5 pm.',
  'Prices rose 20 percent after the attack killed civilians.',
  'Rebels killed or wounded 30 people.',
  'The army suffered 50 casualties.',
  'Some civilians were killed.',
  'Soldiers were killed in the ambush.',
  'The third attack killed civilians.',
  'A $5,000 reward was offered for the killers.',
  'Troops killed 30 cattle.',
  'Police arrested 15 people.',
  '20 people were wounded.',
  'The gunmen fled in 3 vehicles after the killing.',
  'The MiG-29 was shot down.',
  'Up to 20 people were hurt.',
];

const OFFSET = 37; // as if the sentence started 37 characters into its article
const fig = (f: Fig) => (f === null || Array.isArray(f) ? f : [f, f, f]);

for (const [rule, table] of Object.entries(rows)) {
  test(`readCasualties: ${rule}`, () => {
    for (const [s, fatal, fatalWords, hurt, hurtWords] of table) {
      const r = readCasualties(s, OFFSET);
      const f = r.fatalities;
      assert.deepEqual(f && [f.low, f.best, f.high], fig(fatal), `fatalities: ${s}`);
      assert.equal(r.injuries?.count ?? null, hurt, `injuries: ${s}`);
      if (f) assert.ok(s.slice(f.span.start - OFFSET, f.span.end - OFFSET).includes(fatalWords), `fatal span: ${s}`);
      if (r.injuries) {
        const { start, end } = r.injuries.span;
        assert.ok(s.slice(start - OFFSET, end - OFFSET).includes(hurtWords), `injury span: ${s}`);
      }
      const plain = readCasualties(s);
      assert.equal(plain.fatalities?.span.start ?? null, f && f.span.start - OFFSET, `offset 0: ${s}`);
      assert.equal(plain.injuries?.span.start ?? null, r.injuries && r.injuries.span.start - OFFSET, `offset 0: ${s}`);
    }
  });
}

test('readCasualties: no fatality figure where the sentence states none', () => {
  for (const s of noFatalities) assert.equal(readCasualties(s).fatalities, null, s);
});

test('readCasualties: a sentence about nothing violent reads as nothing', () => {
  assert.deepEqual(readCasualties('The minister met 12 delegates on 3 June.'), { fatalities: null, injuries: null });
});

test('a "nobody was hurt" phrase still gives 0 wounded when the dead are counted', () => {
  const r = readCasualties('Gunmen killed two guards at the depot, but nobody was injured.', 100);
  assert.deepEqual(r.fatalities, { low: 2, best: 2, high: 2, span: { start: 107, end: 124 } });
  assert.deepEqual(r.injuries, { count: 0, span: { start: 143, end: 161 } });
  // "no one was killed" says nothing of the wounded.
  assert.equal(readCasualties('Shells hit the depot; no one was killed.', 0).injuries, null);
});

test('an article counts a person only: "a bomb", "a truck" are passed over, "a driver" counted', () => {
  assert.equal(readCasualties('A bomb killed a soldier and an officer near a checkpoint.', 0).fatalities?.best, 2);
  assert.deepEqual(readCasualties('A mine hit a truck, killing a driver.', 0).fatalities,
    { low: 1, best: 1, high: 1, span: { start: 20, end: 36 } });
});
