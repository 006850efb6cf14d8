import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim, EventType, InterCode, SubEventType } from '../model/event.js';
import type { Place } from '../geocode/Geocoder.js';
import { defaultGeocoder } from '../geocode/index.js';
import { extract } from '../pipeline/extract.js';
import type { EventMention } from './EventMention.js';
import type { TriggerFamily } from './EventTrigger.js';
import { mergeMentions } from './MentionMerger.js';

// ---- hand-built mentions -------------------------------------------------------------------------

const TYPES = {
  attack: ['Violence against civilians', 'Attack', 'violence'],
  clash: ['Battles', 'Armed clash', 'battle'],
  ied: ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 'remote'],
  shelling: ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 'remote'],
} as const satisfies Record<string, readonly [EventType, SubEventType, TriggerFamily]>;

/** What a test says about one sentence's mention; everything else is empty. */
interface Spec {
  /** Index of the sentence in the article. */
  s: number;
  /** The trigger words, found in that sentence. */
  cue: string;
  type: keyof typeof TYPES;
  /** The trigger's own family when it is not the type's usual one ("wounded" in a follow-up). */
  family?: TriggerFamily;
  killed?: [low: number | null, best: number | null, high: number | null];
  injured?: number;
  /** Date words in the sentence and the day they resolve to. */
  date?: [words: string, day: string];
  actor1?: [name: string, inter: InterCode];
  place?: string;
  claim?: Claim;
}

const place = (name: string): Place => ({
  name, country: 'Mali', iso: 466, admin1: null, admin2: null, latitude: 15, longitude: -1,
  geonameid: null, kind: 'populated place', population: 1000,
});

/** Mentions over an article made of `sentences` joined by one space, with spans into that text. */
function build(sentences: string[], specs: Spec[]): { text: string; mentions: EventMention[] } {
  const text = sentences.join(' ');
  const starts: number[] = [];
  sentences.reduce((at, s) => (starts.push(at), at + s.length + 1), 0);
  const within = (s: number, words: string) => {
    const i = sentences[s]!.indexOf(words);
    assert.ok(i >= 0, `"${words}" in sentence ${s}`);
    return { start: starts[s]! + i, end: starts[s]! + i + words.length };
  };
  const mentions = specs.map((sp): EventMention => {
    const [event_type, sub_event_type, family] = TYPES[sp.type];
    const span = within(sp.s, sp.cue);
    return {
      sentence: sp.s, lastSentence: sp.s,
      sentenceSpan: { start: starts[sp.s]!, end: starts[sp.s]! + sentences[sp.s]!.length },
      trigger: { family: sp.family ?? family, subEventType: family === 'remote' ? sub_event_type : null, rank: 99, span, text: sp.cue },
      event_type, sub_event_type,
      actor1: sp.actor1 ? { name: sp.actor1[0], inter: sp.actor1[1], span: null } : null,
      actor2: null, assoc1: [],
      casualties: {
        fatalities: sp.killed ? { low: sp.killed[0], best: sp.killed[1], high: sp.killed[2], span } : null,
        injuries: sp.injured !== undefined ? { count: sp.injured, span } : null,
      },
      date: sp.date
        ? { event_date: sp.date[1], date_precision: 'day', time_precision: 1, date_range: [sp.date[1], sp.date[1]], span: within(sp.s, sp.date[0]) }
        : { event_date: null, date_precision: 'unknown', time_precision: null, date_range: null, span: null },
      claim: { claim: sp.claim ?? 'reported', attribution: null, span: null },
      location: sp.place ? { place: place(sp.place), geo_precision: 1, span: null, unresolved: null } : null,
      trace: [],
    };
  });
  return { text, mentions };
}

/** One merged event in brief: [first sentence, last sentence, sub-event type, [low, best, high] or null]. */
type Brief = [first: number, last: number, sub: SubEventType, killed: [number | null, number | null, number | null] | null];
const brief = (m: EventMention): Brief => {
  const f = m.casualties.fatalities;
  return [m.sentence, m.lastSentence, m.sub_event_type, f ? [f.low, f.best, f.high] : null];
};

const MON = '2024-03-11', WED = '2024-03-13';

type Row = [name: string, sentences: string[], specs: Spec[], expected: Brief[]];
const ROWS: Row[] = [
  ['a follow-up sentence with no date of its own joins the incident',
    ['Gunmen attacked the village of Kera on Monday, killing nine people.', 'Five others were wounded in the attack.'],
    [{ s: 0, cue: 'attacked', type: 'attack', killed: [9, 9, 9], date: ['on Monday', MON] },
      { s: 1, cue: 'wounded', type: 'attack', injured: 5 }],
    [[0, 1, 'Attack', [9, 9, 9]]]],
  ['two full counts in two sentences stay two events',
    ['Gunmen killed four farmers near Kera on Monday.', 'Militants killed six traders near Sora.'],
    [{ s: 0, cue: 'killed', type: 'attack', killed: [4, 4, 4], date: ['on Monday', MON] },
      { s: 1, cue: 'killed', type: 'attack', killed: [6, 6, 6] }],
    [[0, 0, 'Attack', [4, 4, 4]], [1, 1, 'Attack', [6, 6, 6]]]],
  ['"another rocket attack" is a new incident',
    ['Militants fired rockets at the airport on Monday.', 'Hours later, another rocket attack hit the army camp.'],
    [{ s: 0, cue: 'rockets', type: 'shelling', date: ['on Monday', MON], actor1: ['Unidentified Armed Group (Mali)', 3] },
      { s: 1, cue: 'rocket attack', type: 'shelling' }],
    [[0, 0, 'Shelling/artillery/missile attack', null], [1, 1, 'Shelling/artillery/missile attack', null]]],
  ['a next sentence on the same rockets, with no word of a new attack, tells more of the same one',
    ['Militants fired rockets at the airport on Monday.', 'One rocket hit a fuel depot near the runway.'],
    [{ s: 0, cue: 'rockets', type: 'shelling', date: ['on Monday', MON], actor1: ['Unidentified Armed Group (Mali)', 3] },
      { s: 1, cue: 'rocket', type: 'shelling' }],
    [[0, 1, 'Shelling/artillery/missile attack', null]]],
  ['"in a separate incident" is a new incident',
    ['Soldiers clashed with militants near Kera on Monday.', 'In a separate incident, soldiers clashed with rebels near Kera.'],
    [{ s: 0, cue: 'clashed', type: 'clash', date: ['on Monday', MON] }, { s: 1, cue: 'clashed', type: 'clash' }],
    [[0, 0, 'Armed clash', null], [1, 1, 'Armed clash', null]]],
  ['more than two sentences apart: not one incident',
    ['Gunmen attacked the village of Kera on Monday.', 'The village lies on the river.', 'Its people farm rice.', 'Five people were wounded.'],
    [{ s: 0, cue: 'attacked', type: 'attack', date: ['on Monday', MON] }, { s: 3, cue: 'wounded', type: 'attack', injured: 5 }],
    [[0, 0, 'Attack', null], [3, 3, 'Attack', null]]],
  ['different days: two incidents',
    ['Soldiers clashed with militants near Kera on Monday.', 'Soldiers clashed with militants near Kera on Wednesday.'],
    [{ s: 0, cue: 'clashed', type: 'clash', date: ['on Monday', MON] }, { s: 1, cue: 'clashed', type: 'clash', date: ['on Wednesday', WED] }],
    [[0, 0, 'Armed clash', null], [1, 1, 'Armed clash', null]]],
  ['different named perpetrators: two incidents',
    ['Al Shabaab fighters clashed with troops on Monday.', 'Islamic State fighters clashed with troops.'],
    [{ s: 0, cue: 'clashed', type: 'clash', date: ['on Monday', MON], actor1: ['Al Shabaab', 2] },
      { s: 1, cue: 'clashed', type: 'clash', actor1: ['Islamic State (ISIS)', 2] }],
    [[0, 0, 'Armed clash', null], [1, 1, 'Armed clash', null]]],
  ['different places: two incidents',
    ['Soldiers clashed with militants in Kera on Monday.', 'Soldiers clashed with militants in Sora.'],
    [{ s: 0, cue: 'clashed', type: 'clash', date: ['on Monday', MON], place: 'Kera' }, { s: 1, cue: 'clashed', type: 'clash', place: 'Sora' }],
    [[0, 0, 'Armed clash', null], [1, 1, 'Armed clash', null]]],
  ['a more specific type told later wins over a bare "attack"',
    ['An attack hit a convoy near Kera.', 'A roadside bomb exploded under the lead truck on Monday.'],
    [{ s: 0, cue: 'attack', type: 'attack' }, { s: 1, cue: 'roadside bomb', type: 'ied', date: ['on Monday', MON] }],
    [[0, 1, 'Remote explosive/landmine/IED', null]]],
  ['"the group claimed the ambush, saying it killed 14": one event, the two tolls a range',
    ['Militants ambushed an army convoy on Monday, killing four soldiers.', 'The group claimed the ambush, saying it killed 14 soldiers.'],
    [{ s: 0, cue: 'ambushed', type: 'clash', killed: [4, 4, 4], date: ['on Monday', MON] },
      { s: 1, cue: 'ambush', type: 'clash', killed: [14, 14, 14], claim: 'claimed' }],
    [[0, 1, 'Armed clash', [4, 4, 14]]]],
  ['a claim that gives the smaller toll: low is still the smaller, high the larger',
    ['Militants ambushed an army convoy on Monday, killing 14 soldiers.', 'The group claimed the ambush, saying it killed four soldiers.'],
    [{ s: 0, cue: 'ambushed', type: 'clash', killed: [14, 14, 14], date: ['on Monday', MON] },
      { s: 1, cue: 'ambush', type: 'clash', killed: [4, 4, 4], claim: 'claimed' }],
    [[0, 1, 'Armed clash', [4, 14, 14]]]],
  ['a claim that points back past another incident joins the one it names',
    ['Militants ambushed an army convoy on Monday, killing four soldiers.', 'In a separate attack, gunmen killed two herders.',
      'The group claimed the ambush, saying it killed 14 soldiers.'],
    [{ s: 0, cue: 'ambushed', type: 'clash', killed: [4, 4, 4], date: ['on Monday', MON] },
      { s: 1, cue: 'killed', type: 'attack', killed: [2, 2, 2] },
      { s: 2, cue: 'ambush', type: 'clash', killed: [14, 14, 14], claim: 'claimed' }],
    [[0, 2, 'Armed clash', [4, 4, 14]], [1, 1, 'Attack', [2, 2, 2]]]],
  ['"condemned the attack in Kera" after another place\'s incident joins the one at Kera, whatever its type',
    ['Militants shelled a market in Kera on Monday, killing nine people.', 'Soldiers clashed with rebels in Sora on Sunday.',
      'The governor condemned the attack in Kera.'],
    [{ s: 0, cue: 'shelled', type: 'shelling', killed: [9, 9, 9], date: ['on Monday', MON], place: 'Kera' },
      { s: 1, cue: 'clashed', type: 'clash', date: ['on Sunday', '2024-03-10'], place: 'Sora' },
      { s: 2, cue: 'attack', type: 'attack', place: 'Kera' }],
    [[0, 2, 'Shelling/artillery/missile attack', [9, 9, 9]], [1, 1, 'Armed clash', null]]],
  ['the very toll of an earlier incident, told again past another one, is that incident',
    ['A drone strike on a parade killed more than 80 people on Thursday.', 'Soldiers clashed with rebels in Sora on Friday.',
      'The army said the attack killed more than 80 people.'],
    [{ s: 0, cue: 'drone strike', type: 'ied', killed: [81, 81, null], date: ['on Thursday', '2024-03-14'], place: 'Kera' },
      { s: 1, cue: 'clashed', type: 'clash', date: ['on Friday', '2024-03-15'], place: 'Sora' },
      { s: 2, cue: 'killed', type: 'attack', killed: [81, 81, null], place: 'Kera' }],
    // (The incident told again becomes the latest one, for the sentences that go on about it.)
    [[1, 1, 'Armed clash', null], [0, 2, 'Remote explosive/landmine/IED', [81, 81, 81]]]],
  ['a small toll told twice is not enough to join two incidents',
    ['Gunmen killed two herders near Kera on Monday.', 'Soldiers clashed with rebels in Sora on Sunday.', 'Militants killed two farmers near Kera.'],
    [{ s: 0, cue: 'killed', type: 'attack', killed: [2, 2, 2], date: ['on Monday', MON], place: 'Kera' },
      { s: 1, cue: 'clashed', type: 'clash', date: ['on Sunday', '2024-03-10'], place: 'Sora' },
      { s: 2, cue: 'killed', type: 'attack', killed: [2, 2, 2], place: 'Kera' }],
    [[0, 0, 'Attack', [2, 2, 2]], [1, 1, 'Armed clash', null], [2, 2, 'Attack', [2, 2, 2]]]],
];

for (const [name, sentences, specs, expected] of ROWS) {
  test(`mergeMentions: ${name}`, () => {
    const { text, mentions } = build(sentences, specs);
    assert.deepEqual(mergeMentions(mentions, text).map(brief), expected);
  });
}

test('mergeMentions: the merged event keeps the first date, the injuries told later, the claim, and a trace', () => {
  const { text, mentions } = build(
    ['Militants ambushed an army convoy on Monday, killing four soldiers.', 'The group claimed the ambush, saying it killed 14 soldiers.', 'Seven soldiers were wounded.'],
    [{ s: 0, cue: 'ambushed', type: 'clash', killed: [4, 4, 4], date: ['on Monday', MON] },
      { s: 1, cue: 'ambush', type: 'clash', killed: [14, 14, 14], claim: 'claimed' },
      { s: 2, cue: 'wounded', type: 'attack', injured: 7 }],
  );
  const [m, ...rest] = mergeMentions(mentions, text);
  assert.ok(m);
  assert.equal(rest.length, 0);
  assert.equal(m.date.event_date, MON);
  assert.equal(m.casualties.injuries?.count, 7);
  assert.equal(m.claim.claim, 'claimed');
  assert.equal(text.slice(m.trigger.span.start, m.trigger.span.end), 'ambushed', 'the first cue stays the trigger');
  assert.deepEqual(m.trace, ['sentence 1 merged into sentence 0', 'sentence 2 merged into sentence 0']);
});

test('mergeMentions: nothing in, nothing out; one mention passes through unchanged', () => {
  assert.deepEqual(mergeMentions([], ''), []);
  const { text, mentions } = build(['Gunmen attacked the village on Monday.'], [{ s: 0, cue: 'attacked', type: 'attack', date: ['on Monday', MON] }]);
  assert.deepEqual(mergeMentions(mentions, text), mentions);
});

// ---- the same through extract() on short articles -----------------------------------------------

const PUBLISHED = '2024-03-15';
type Summary = [sub: SubEventType, low: number | null, best: number | null, high: number | null];
type ArticleRow = [name: string, text: string, expected: Summary[], todo?: string];

const ARTICLES: ArticleRow[] = [
  ['a follow-up sentence merges',
    'Gunmen attacked the village of Kera in Mali on Monday, killing nine people. Five others were wounded in the attack.',
    [['Attack', 9, 9, 9]]],
  ['a follow-up toll with no date of its own merges',
    'Gunmen attacked the village of Kera in Mali on Monday. At least nine people were killed, officials said.',
    [['Attack', 9, 9, null]]],
  ['two counts in two sentences stay two events',
    'Gunmen killed four farmers near Kera in Mali on Monday. On Wednesday, militants killed six traders near Sora.',
    [['Attack', 4, 4, 4], ['Attack', 6, 6, 6]]],
  ['"another rocket attack" stays separate',
    'Militants fired rockets at the airport in Mali on Monday. Hours later, another rocket attack hit the army camp.',
    [['Shelling/artillery/missile attack', null, null, null], ['Shelling/artillery/missile attack', null, null, null]]],
  ['"the group claimed the ambush, saying it killed 14" merges into the ambush as a range',
    'Militants ambushed an army convoy near Kera in Mali on Monday, killing four soldiers, the army said. The group claimed the ambush, saying it killed 14 soldiers.',
    [['Armed clash', 4, 4, 14]]],
  ['a claim made on a later day still merges into the ambush it names',
    'Militants ambushed an army convoy near Kera in Mali on Monday, killing four soldiers, the army said. The group claimed the ambush on Tuesday, saying it killed 14 soldiers.',
    [['Armed clash', 4, 4, 14]]],
  ['a follow-up that breaks down the toll merges',
    'Gunmen attacked the village of Kera in Mali on Monday, killing nine people. Three of the dead were children.',
    [['Attack', 9, 9, 9]]],
  ['an undated "the offensive" earlier in the article is the offensive the article dates',
    'The offensive to take the town of Kera in Mali is proceeding slowly. Officials said on Monday that the army had begun an offensive on Kera. This week\'s offensive comes two years after the town was lost.',
    [['Armed clash', null, null, null]]],
  ['"this week\'s offensive" is the offensive the article dates this week',
    'Troops began an offensive on the rebel town of Kera in Mali on Monday. Aid groups asked for a pause. This week\'s offensive comes two years after the army lost the town.',
    [['Armed clash', null, null, null]]],
  ['a sentence with no place of its own does not keep apart what the text joins',
    'Rebels attacked the army camp at Kera in Mali on Monday. The failed attack was the largest in months.',
    [['Armed clash', null, null, null]]],
  ['a clash followed by a plain toll is one battle',
    'Soldiers clashed with rebels near Kera in Mali on Monday. Five people were killed.',
    [['Armed clash', 5, 5, 5]]],
  ['a massacre told after a battle is its own event; the toll after it is the massacre\'s',
    'Troops launched an offensive on the rebel town of Kera in Mali on Monday. The militant group gathered the villagers as the troops advanced, then executed them. Up to forty men and boys were shot to death.',
    [['Armed clash', null, null, null], ['Attack', null, 40, 40]]],
  ['a beheading told before a battle is its own event too',
    'The footage shows the beheading of two captured soldiers near Kera in Mali. Fighting broke out near Kera on Monday.',
    [['Attack', 2, 2, 2], ['Armed clash', null, null, null]]],
  ['one target described again, sentences later, is the incident told first; the weapon named first is its type',
    'The video shows a mortar strike by rebels on a village wedding party near Kera in Mali. Officials gave no figures. '
      + 'Aid groups asked for calm. The army said nothing. Residents described an attack on guests of a wedding near Kera on Monday. Nine people were killed.',
    [['Shelling/artillery/missile attack', 9, 9, 9]]],
  ['the same kind of place described twice is not enough to join two incidents',
    'Gunmen killed four farmers in an attack on a village near Kera in Mali on Monday. Officials gave no figures. '
      + 'Aid groups asked for calm. The army said nothing. On Wednesday militants killed six traders in an attack on a village near Sora.',
    [['Attack', 4, 4, 4], ['Attack', 6, 6, 6]]],
];

for (const [name, text, expected, todo] of ARTICLES) {
  test(`extract merges: ${name}`, todo ? { todo } : {}, () => {
    const events = extract({ id: 'merge', text, published: PUBLISHED, source: null, url: null });
    assert.deepEqual(events.map((e): Summary => [e.sub_event_type, e.fatalities_low, e.fatalities, e.fatalities_high]), expected);
  });
}

test('mergeMentions: a deed of "the attackers", with no date or toll of its own, tells more of their incident', () => {
  const text = 'Militants ambushed an army convoy in Mali on Monday, killing four soldiers. '
    + 'The convoy was carrying food to troops in the north. The road is used by traders and herders. '
    + 'Aid groups have long asked for escorts. Witnesses said the attackers opened fire from both sides of the road.';
  const events = extract({ id: 'retold', text, published: '2024-03-13', source: null, url: null });
  assert.deepEqual(events.map((e) => [e.sub_event_type, e.fatalities]), [['Armed clash', 4]]);
  // A toll of its own makes it an incident of its own.
  const two = extract({ id: 'two', text: text.replace('opened fire', 'killed two drivers'), published: '2024-03-13', source: null, url: null });
  assert.equal(two.length, 2);
});

test('mergeMentions: damage done during a riot, by nobody named, is the riot\'s, "also" or not', () => {
  const riot = 'Rioters stormed the town hall in Kenya on Tuesday, smashing windows. Police fired tear gas at the crowd. ';
  const geocoder = defaultGeocoder();
  const once = extract({ id: 'riot', text: `${riot}Part of a nearby court was also set alight.`, published: '2024-03-13', source: null, url: null }, { geocoder });
  assert.equal(once.length, 1);
  assert.equal(once[0]!.event_type, 'Riots');
  // "another": the text itself says it is a deed of its own.
  const twice = extract({ id: 'riot2', text: `${riot}Another court was set alight.`, published: '2024-03-13', source: null, url: null }, { geocoder });
  assert.equal(twice.length, 2);
});
