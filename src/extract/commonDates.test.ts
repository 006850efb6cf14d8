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
  'The rally on Sunday utc +3 ended in clashes.',
  'The rally on Sunday utc +3 June ended in clashes.',
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
  // Calendar words inside other words: after most letters they are no word, after "in", "on", "th"... they are.
  'Simon and Edmund Salmon said gunmen struck on Tuesday.',
  'The Inmay camp and the Onsunday road were hit on Friday.',
  'Guards at Thumarch gate fired on Monday, killing 2.',
];
const DATES = ['2024-03-06', '2024-03-10', '2023-12-31', null] as const;

test('the direct reader gives what chrono gives, on every form it takes and every near miss', () => {
  for (const s of SENTENCES) for (const p of DATES) {
    assert.equal(JSON.stringify(findDateMentions(s, p, 7)), JSON.stringify(findDateMentionsByChrono(s, p, 7)), `${s} (${p})`);
  }
});

test('a calendar word inside another word counts only after the letters chrono allows before it', () => {
  assert.deepEqual(readCommonWindow('Simon said on Tuesday'),
    [{ index: 11, text: 'on Tuesday', year: null, month: null, day: null, weekday: 2 }]);
  // "Onsunday": chrono's weekday pattern allows "on" right before the weekday.
  assert.deepEqual(readCommonWindow('the Onsunday road on Tuesday')?.map((r) => [r.index, r.text, r.weekday]),
    [[4, 'Onsunday', 0], [18, 'on Tuesday', 2]]);
});

test('the direct reader takes lone weekdays and leaves times and ranges to chrono', () => {
  assert.deepEqual(readCommonWindow('the army said on Tuesday, killing 18 people'),
    [{ index: 14, text: 'on Tuesday,', year: null, month: null, day: null, weekday: 2 }]);
  assert.deepEqual(readCommonWindow('Separately, residents said'), []);
  for (const w of ['on Monday at 10 pm', 'from Monday to Friday', '10 am Tuesday', 'on Tuesday (EAT) 4',
    'on 2024-03-05 in town', 'on Tuesday, 10 people']) {
    assert.equal(readCommonWindow(w), undefined, w);
  }
});

// Month forms the direct reader takes (it must: see below), each in several settings.
const MONTH_TAKEN = [
  // "March 5"
  'Gunmen attacked the village on January 28, residents said.',
  'Rebels seized the town on October 7 after heavy fighting.',
  'On June 14 soldiers burned the market.',
  'A car bomb exploded in the capital on December 3rd.',
  'Militias clashed on April 21st in the north of the province.',
  'The raid of August 9 left 3 police officers dead.',
  // "5 March", "on 5 March", "the 5th of March"
  'On 5 March gunmen killed 11 people.',
  'The convoy was ambushed on 12 August near the border.',
  'Protesters marched through the city on the 3rd of November.',
  'Troops retook the airport on 30 September, the army said.',
  'An airstrike on 1 July killed 4 civilians.',
  'Fighting broke out 9 February in the hills.',
  // "March 5, 2024", "March 5 2024"
  'TOWNVILLE, Nigeria, March 9, 2024 — Gunmen stormed a farming village.',
  'The attack of February 14, 2019 left 40 police officers dead.',
  'Fighters overran the base on September 1, 2021, killing 9.',
  'The bombing on July 4 2016 was claimed by the group.',
  'KHARTOUM, Sudan, April 15, 2023 — Heavy fighting erupted near the airport on Saturday.',
  // "5 March 2024", "5 March, 2024"
  'On 5 March 2024 militants attacked a checkpoint.',
  'The ceasefire collapsed on 17 June 2023.',
  'Police fired tear gas on 2 October, 2020 at students.',
  'Villagers fled after 22 May 2019, when the raids began.',
  // "March 2024", "March, 2024", "March of 2024"
  'Gunmen killed 11 people in March 2024.',
  'In August 2014 militants overran the district, killing hundreds.',
  'The group struck again in January 2020.',
  'Forces drove the rebels out in October 2017, ending the siege.',
  'By December 2022, the fighting had spread to 4 districts.',
  'In March 2021, gunmen abducted 39 students from a school.',
  'The war began in March of 2011 in the south.',
  // "in March", "March"
  'The offensive began in March and lasted until Tuesday.',
  'In May soldiers fired on a crowd.',
  'Fighting resumed in late June, officials said.',
  'Clashes in September displaced thousands of families.',
  'The army said that in February the rebels had regrouped near 3 villages.',
  'Since November, dozens of people have been killed in 4 districts.',
  // a month and a weekday apart
  'Two gunmen attacked a church during Sunday mass on January 28.',
  'In March 2021 gunmen abducted students, and on Thursday they struck again.',
  'On Tuesday the army said that in October 2023 it had lost 5 soldiers.',
];

// Near misses: ranges, a weekday next to the date, "May" the verb, abbreviations, times, two dates,
// old or two-digit years, eras, zones, "end of", ordinal words, days some years lack, other cases.
const MONTH_NEAR = [
  'Fighting raged from 3 to 5 March in the east.',
  'Fighting raged on March 3-5 in the east.',
  'Clashes on 3-5 March killed 20.',
  'Strikes from March 3 to March 5 hit the city.',
  'The siege lasted from March to June.',
  'Between 3 and 5 March, 12 people died.',
  'The fighting lasted from March 3 to Friday.',
  'On Monday, March 5 gunmen struck.',
  'The blast on March 5 (Monday) killed 3.',
  'Rebels attacked on Tuesday March 5.',
  'Rebels attacked on Tuesday in March.',
  'Troops may withdraw in May, the minister said.',
  'The group may strike again on 5 May.',
  'May God protect them, a man said on Friday.',
  'Soldiers arrived in May.',
  'Gunmen struck on Mar. 5 in the capital.',
  'The raid on 5 Sept. killed 4.',
  'In Jan. 2020 the army moved in.',
  'The raid on Mar 5 killed 4.',
  'The blast happened on March 5 at 10 pm.',
  'The blast happened at 10 pm on March 5.',
  'Shelling began on June 5 at night.',
  'Shelling began June 5 pm, residents said.',
  'They attacked on 5 March at 6.',
  'Talks stalled from 5 May onwards.',
  'The strike came at 5 May 2021.',
  'Attacks on 3 March and 5 April killed 20.',
  'In January and March 2016 rebels attacked twice.',
  'On March 3 and April 5, 2016 bombs exploded.',
  'The fort fell in March 1850.',
  'The fort fell on 5 March 1899.',
  "Rebels struck in May '19.",
  'On 3 May 11 people died.',
  'In August 2 soldiers died in an ambush.',
  'On March 5, 12 people died.',
  'In March 1200 soldiers deployed.',
  'Ruins from 5 March 200 BC were found.',
  'The strike on March 5 EAT killed 3.',
  'The strike on March 5 UTC+3 killed 3.',
  'By the end of March 40 people had died.',
  'By the end of March, the toll had risen.',
  'On the fifth of March gunmen struck.',
  'The first March rally turned violent.',
  'The attack on February 29 killed 3.',
  'The attack on 31 April killed 3.',
  'The attack on 30 February killed 3.',
  'Thousands joined the march on 5 March.',
  'The MARCH 5 attack killed 3.',
  'Mid-March clashes killed 12.',
  'The 2024 March attack killed 12.',
  'On 2024 March 5 gunmen attacked.',
  'Rebels attacked on 5-March.',
  'Rebels attacked on March/5.',
  'Rebels attacked on March  5.',
  'In March, 2024 gunmen killed 12.',
  'In March - 2020 the war began.',
  'In March 2024 ad campaigns ran.',
  'In March 2024 BC nothing happened.',
  'Gunmen killed 11 people in March 2024 at 10 pm.',
  'The raid on March 5 - 7 people died.',
  'Police said 12 March marchers were held.',
  'Forces attacked on March 15:30 local time.',
];

test('the direct reader gives what chrono gives on month forms and their near misses', () => {
  for (const s of [...MONTH_TAKEN, ...MONTH_NEAR]) for (const p of DATES) {
    assert.equal(JSON.stringify(findDateMentions(s, p, 7)), JSON.stringify(findDateMentionsByChrono(s, p, 7)), `${s} (${p})`);
  }
  // ... each in the settings around it, which may join or stretch a date.
  const before = ['', 'Officials said ', 'killing 12 people ', 'at ', 'from ', 'on Monday ', 'the end of ', '3 to '];
  const after = ['', '.', ', killing 7 people.', ' 12 died.', ' at 10 pm', ' pm', ' to Friday', ' EAT', ' — Jets struck on Tuesday'];
  for (const form of ['March 5', '5 March', 'on 5th of March', 'March 5, 2024', '5 March 2024', 'in March 2024', 'in March', 'May']) {
    for (const b of before) for (const a of after) {
      const s = b + form + a;
      assert.equal(JSON.stringify(findDateMentions(s, '2024-03-06')), JSON.stringify(findDateMentionsByChrono(s, '2024-03-06')), s);
    }
  }
});

test('the direct reader takes the common month forms', () => {
  for (const s of MONTH_TAKEN) assert.notEqual(readCommonWindow(s), undefined, s);
  const reading = (index: number, text: string, year: number | null, month: number, day: number | null) =>
    [{ index, text, year, month, day, weekday: null }];
  assert.deepEqual(readCommonWindow('killed in March 2024.'), reading(10, 'March 2024', 2024, 3, null));
  assert.deepEqual(readCommonWindow('on 5th of March near'), reading(0, 'on 5th of March', null, 3, 5));
  assert.deepEqual(readCommonWindow('X, May 9, 2022 — Jets'), reading(3, 'May 9, 2022', 2022, 5, 9));
  assert.deepEqual(readCommonWindow('in late June, officials'), reading(8, 'June,', null, 6, null));
  for (const w of ['from 3 to 5 March', 'on March 3-5 in', 'on Monday, March 5', 'on Mar. 5', 'on March 5 at 10 pm',
    'on 3 March and 5 April', 'in March 1850', 'in May \'19', 'the end of March', 'on February 29', 'on 5 May 11 people']) {
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
