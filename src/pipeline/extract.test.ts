// The whole extraction on short articles written for these tests: several events, counts in words,
// background years, headlines, and the contract every event keeps (evidence, stable ids, the schema).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ConflictEvent, SubEventType } from '../model/event.js';
import { eventId } from '../extract/EventAssembler.js';
import { extract, type ExtractInput } from './extract.js';
import { defaultGeocoder } from '../geocode/index.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/event.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

const PUBLISHED = '2024-03-15'; // a Friday
const article = (id: string, text: string, published: string | null = PUBLISHED): ExtractInput =>
  ({ id, text, published, source: null, url: null });

const MALI = article('mali-week', [
  'Militants kill seven soldiers in central Mali',
  '',
  'MOPTI, Mali, March 15, 2024 — Suspected jihadists ambushed an army patrol near the town of Sevare on Wednesday, ' +
    'killing seven soldiers, the army said in a statement.',
  '',
  'On Monday, gunmen on motorbikes attacked the village of Doura and shot dead eleven civilians, residents said. ' +
    'Nineteen others were wounded.',
  '',
  'In a separate operation on Thursday, police in Bamako arrested fourteen people suspected of supporting the militants.',
  '',
  'In 2015, militants attacked a hotel in Sevare, killing thirteen people. The town has been under a curfew since then.',
].join('\n'));

const BURKINA = article('burkina-background', [
  'Gunmen killed seven villagers in northern Burkina Faso on Tuesday, a local official said.',
  '',
  'In 2019, militants attacked the same village. Twelve people were killed in that raid.',
].join('\n'));

const HEADLINED = article('headlined', [
  'Gunmen kill seven villagers in Burkina Faso',
  '',
  'Gunmen killed seven villagers in northern Burkina Faso on Tuesday, a local official said.',
].join('\n'));

const KENYA = article('kenya-protests', [
  'Police fired tear gas at protesters in Nairobi, Kenya, on Tuesday as thousands marched against a new tax.',
  'In Mombasa, hundreds of traders protested peacefully outside the county offices on Wednesday.',
  'On Thursday, rioters burned tyres and stoned police vehicles in Kisumu.',
].join(' '));

type Brief = [sub: SubEventType, fatalities: number | null, event_date: string | null];
const brief = (e: ConflictEvent): Brief => [e.sub_event_type, e.fatalities, e.event_date];

test('several events in one article, in text order, the headline not among them', () => {
  assert.deepEqual(extract(MALI).map(brief), [
    ['Armed clash', 7, '2024-03-13'],
    ['Attack', 11, '2024-03-11'],
    ['Arrests', null, '2024-03-14'],
    ['Attack', 13, '2015'],
  ]);
  assert.deepEqual(extract(KENYA).map(brief), [
    ['Protest with intervention', null, '2024-03-12'],
    ['Peaceful protest', null, '2024-03-13'],
    ['Violent demonstration', null, '2024-03-14'],
  ]);
});

test('a follow-up sentence adds its wounded to the event before it', () => {
  const attack = extract(MALI)[1];
  assert.ok(attack);
  assert.deepEqual([attack.actor1, attack.actor2, attack.injuries], ['Unidentified Armed Group (Mali)', 'Civilians (Mali)', 19]);
});

// [one-sentence article, [fatalities_low, fatalities, fatalities_high], injuries]
type CountRow = [text: string, killed: [number | null, number | null, number | null], injuries: number | null];
const COUNTS: CountRow[] = [
  ['Eleven soldiers were killed when militants attacked an army post near Djibo in Burkina Faso on Monday.', [11, 11, 11], null],
  ['Gunmen killed at least fifteen people in a village in Niger on Sunday.', [15, 15, null], null],
  ['Militants killed more than forty civilians in an attack on a village in Mali on Saturday.', [41, 41, null], null],
  ['Gunmen killed two dozen passengers on a bus in Syria on Thursday.', [24, 24, 24], null],
  ['Soldiers killed a dozen militants in clashes in Mali on Wednesday.', [12, 12, 12], null],
  ['Up to thirty people were killed when gunmen attacked a market in Nigeria on Friday.', [null, 30, 30], null],
  ['A roadside bomb killed three soldiers near Gao in Mali on Sunday, and twelve others were wounded.', [3, 3, 3], 12],
  ['Twenty-three people were wounded when militants fired mortar shells at a market in Mali on Friday.', [null, null, null], 23],
];

for (const [text, killed, injuries] of COUNTS) {
  test(`counts in words: ${text}`, () => {
    const events = extract(article('count', text));
    assert.equal(events.length, 1);
    const e = events[0]!;
    assert.deepEqual([[e.fatalities_low, e.fatalities, e.fatalities_high], e.injuries], [killed, injuries]);
  });
}

// [article, its last (background) event's sub-event type, date, precision, fatalities]
type BackgroundRow = [name: string, input: ExtractInput, expected: [SubEventType, string | null, string, number | null], todo?: string];
const BACKGROUND: BackgroundRow[] = [
  ['a background paragraph keeps its own year', MALI, ['Attack', '2015', 'year', 13]],
  ['an undated sentence of a background paragraph keeps the paragraph\'s year, not the publication week', BURKINA,
    ['Attack', '2019', 'year', 12]],
  ['a year with no comma after it still dates the background event',
    article('djibo-2019', 'Gunmen killed seven villagers near Djibo in Burkina Faso on Tuesday.\n\nIn 2019 rebels seized the town of Djibo.'),
    ['Non-state actor overtakes territory', '2019', 'year', null],
    '"In 2019 rebels" (no comma) is not read as a date: the takeover gets the publication week (2024-03-15, week)'],
];

for (const [name, input, expected, todo] of BACKGROUND) {
  test(`background: ${name}`, todo ? { todo } : {}, () => {
    const events = extract(input);
    assert.ok(events.length >= 2, 'the news and, last, the background event');
    const e = events[events.length - 1]!;
    assert.deepEqual([e.sub_event_type, e.event_date, e.date_precision, e.fatalities], expected);
    assert.equal(events[0]!.date_precision, 'day', 'the news event keeps its own day');
  });
}

test('a headline that restates the lead does not add a second event', () => {
  const events = extract(HEADLINED);
  assert.equal(events.length, 1);
  const trigger = events[0]!.evidence.find((s) => s.field === 'event_type');
  assert.ok(trigger);
  assert.ok(trigger.start > HEADLINED.text.indexOf('\n'), 'the event is read from the body, not the headline');
  assert.equal(trigger.text, 'killed');
});

test('an article with no date of publication and no date words leaves the date unknown', () => {
  const [e, ...rest] = extract(article('undated', 'Gunmen killed four farmers near Gao in Mali.', null));
  assert.ok(e);
  assert.equal(rest.length, 0);
  assert.deepEqual([e.event_date, e.date_precision, e.time_precision, e.date_range], [null, 'unknown', null, null]);
});

test('with a date of publication and no date words, the event falls in the week before it', () => {
  const [e] = extract(article('week', 'Gunmen killed four farmers near Gao in Mali.'));
  assert.ok(e);
  assert.deepEqual([e.event_date, e.date_precision, e.date_range], [PUBLISHED, 'week', ['2024-03-09', PUBLISHED]]);
});

test('nothing to code: no events', () => {
  assert.deepEqual(extract(article('empty', '')), []);
  assert.deepEqual(extract(article('calm', 'The minister opened a new school in Bamako on Monday. Pupils sang for the guests.')), []);
});

const ALL = [...new Map([MALI, BURKINA, HEADLINED, KENYA, ...COUNTS.map(([text], i) => article(`count-${i}`, text)),
  ...BACKGROUND.map(([, input]) => input)].map((a) => [a.id, a])).values()];

test('every evidence span is the article text at its offsets, for every event and field', () => {
  for (const a of ALL) {
    for (const e of extract(a)) {
      assert.equal(e.evidence.filter((s) => s.field === 'event_type').length, 1, `one trigger span in ${a.id}`);
      for (const spans of [e.evidence, ...e.sources.map((s) => s.evidence)]) {
        for (const s of spans) {
          assert.ok(s.start >= 0 && s.start < s.end && s.end <= a.text.length, `${a.id} ${s.field} [${s.start}, ${s.end})`);
          assert.equal(s.text, a.text.slice(s.start, s.end), `${a.id} ${s.field}`);
        }
      }
    }
  }
});

test('event_id is stable across runs, distinct within an article, and follows the trigger span', () => {
  for (const a of ALL) {
    const first = extract(a), second = extract({ ...a });
    assert.deepEqual(second.map((e) => e.event_id), first.map((e) => e.event_id), a.id);
    assert.equal(new Set(first.map((e) => e.event_id)).size, first.length, `${a.id}: ids are distinct`);
    for (const e of first) {
      assert.match(e.event_id, /^ev_[0-9a-f]{16}$/);
      const trigger = e.evidence.find((s) => s.field === 'event_type')!;
      assert.equal(e.event_id, eventId(a.id, trigger));
    }
  }
  const [one] = extract(article('one', BURKINA.text)), [two] = extract(article('two', BURKINA.text));
  assert.notEqual(one?.event_id, two?.event_id, 'another article, other ids');
});

const NO_INTER2 = 'EventAssembler sets inter2 to null, not 0, when actor1 is null; the schema wants 0 exactly when actor2 is null';
const SCHEMA: [input: ExtractInput, todo?: string][] = [
  ...ALL.map((a): [ExtractInput] => [a]),
  [article('undated', 'Gunmen killed four farmers near Gao in Mali.', null)],
  [{ id: 'sourced', text: MALI.text, published: PUBLISHED, source: 'Example Wire', url: 'https://example.org/mali' }],
  [article('no-actors', 'Shells fell on the town of Ariha in Syria on Monday, wounding twelve people.'), NO_INTER2],
];

for (const [input, todo] of SCHEMA) {
  test(`every event is valid against docs/event.schema.json: ${input.id}`, todo ? { todo } : {}, () => {
    const events = extract(input);
    assert.ok(events.length > 0);
    for (const e of events) assert.ok(validate(e), `${input.id}: ${ajv.errorsText(validate.errors)}`);
  });
}

// [one-sentence article, [actor1, inter1, actor2, inter2, interaction]] (docs/event-format.md, Actors)
type InterRow = [text: string, expected: [string | null, number | null, string | null, number | null, number | null], todo?: string];
const INTER: InterRow[] = [
  ['Gunmen killed four farmers near Gao in Mali on Monday.', ['Unidentified Armed Group (Mali)', 3, 'Civilians (Mali)', 7, 37]],
  ['Rebels seized the town of Menaka in Mali on Tuesday.', ['Unidentified Armed Group (Mali)', 3, null, 0, 30]],
  ['Hundreds of people protested in Nairobi, Kenya, on Friday.', ['Protesters (Kenya)', 6, null, 0, 60]],
  ['Police fired tear gas at protesters in Kampala, Uganda, on Monday.', ['Protesters (Uganda)', 6, 'Police Forces of Uganda', 1, 16]],
  ['Warplanes bombed a village in Syria on Monday, killing six civilians.', [null, null, 'Civilians (Syria)', 7, null]],
  ['Shells fell on the town of Ariha in Syria on Monday, wounding twelve people.', [null, null, null, 0, null], NO_INTER2],
];

for (const [text, expected, todo] of INTER) {
  test(`inter codes follow the actors: ${text}`, todo ? { todo } : {}, () => {
    const events = extract(article('inter', text));
    assert.equal(events.length, 1);
    const e = events[0]!;
    assert.deepEqual([e.actor1, e.inter1, e.actor2, e.inter2, e.interaction], expected);
  });
}

test('the article record fills source, url and the source entry', () => {
  const input = { ...MALI, id: 'sourced', source: 'Example Wire', url: 'https://example.org/mali' };
  for (const e of extract(input)) {
    assert.deepEqual([e.article_id, e.source, e.url], ['sourced', 'Example Wire', 'https://example.org/mali']);
    assert.equal(e.sources.length, 1);
    assert.deepEqual(e.sources[0], { article_id: 'sourced', source: 'Example Wire', url: 'https://example.org/mali', published: PUBLISHED,
      fatalities: e.fatalities, evidence: e.evidence });
  }
});

test('a relative clause tells background: the main clause names the event', () => {
  const events = extract(article('relative',
    'Government troops began an offensive on Monday to retake Kidal, which was overrun by rebels in 2012.'));
  assert.deepEqual(events.map((e) => [e.sub_event_type, e.event_date]), [['Armed clash', '2024-03-11']]);
});

test('a clause on the object of a deed ("militants who had attacked") is background, commas or not', () => {
  const events = extract(article('object-relative',
    'Soldiers killed two militants who had attacked a checkpoint in Mali on Monday.'));
  assert.deepEqual(events.map((e) => [e.actor1, e.actor2, e.fatalities]),
    [['Military Forces of Mali', 'Unidentified Armed Group (Mali)', 2]]);
  // The clause on the subject, before the main verb, leaves the main verb the event.
  const subject = extract(article('subject-relative',
    'Militants who attacked a checkpoint in Mali on Monday killed two soldiers.'));
  assert.deepEqual(subject.map((e) => [e.actor1, e.actor2]), [['Unidentified Armed Group (Mali)', 'Military Forces of Mali']]);
});

test('a weapon named as the instrument of another deed does not name the event', () => {
  const events = extract(article('instrument',
    'Militants attacked army positions near the dam in Mali on Tuesday using machine guns, car bombs and rockets.'));
  assert.deepEqual(events.map((e) => e.event_type), ['Battles']);
});

test('"the same base" is where the incident told before it happened', () => {
  const events = extract(article('same-place', [
    'Two rockets struck Camp Taji, north of Baghdad, on Monday, wounding three soldiers.',
    'Officials in Kirkuk said the camp hosts about 2,000 troops.',
    'On Thursday the same base was hit by another rocket attack.',
  ].join(' ')), { geocoder: defaultGeocoder() });
  assert.deepEqual(events.map((e) => e.location), ['Camp Taji', 'Camp Taji']);
});

test('a part of a sentence that names no place happened where its sentence says', () => {
  const events = extract(article('part-place',
    'About forty militants were killed in air strikes on Thursday after they attacked army positions near Gao on Tuesday night.'),
  { geocoder: defaultGeocoder() });
  assert.deepEqual(events.map((e) => e.location), ['Gao', 'Gao']);
});

test('a plural deed at a named place is one incident', () => {
  const events = extract(article('plural-place',
    'Government forces conducted air strikes against militant hideouts at Kera in Mali.'), { geocoder: defaultGeocoder() });
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Air/drone strike']);
});

test('strikes given as the means of a response are the deed, not its instrument', () => {
  const events = extract(article('response',
    'The air force responded to the raid on the base in Mali with retaliatory airstrikes on rebel depots on Tuesday.'));
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Air/drone strike']);
});
