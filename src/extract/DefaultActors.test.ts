import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventType, InterCode, SubEventType } from '../model/event.js';
import { extract } from '../pipeline/extract.js';
import { fillDefaultActors } from './DefaultActors.js';
import type { CodedActor, EventMention } from './EventMention.js';

/** An actor in a row: [name, inter, read from the text (has a span) or filled in (no span)]. */
type A = [name: string, inter: InterCode, read: boolean] | null;

const actor = (a: A): CodedActor | null => (a ? { name: a[0], inter: a[1], span: a[2] ? { start: 0, end: 5 } : null } : null);
const brief = (a: CodedActor | null): A => (a ? [a.name, a.inter, a.span !== null] : null);

/** A mention holding only what fillDefaultActors reads: the type and the two actors. */
function mention(type: EventType, sub: SubEventType, actor1: A, actor2: A): EventMention {
  return {
    sentence: 0, lastSentence: 0, sentenceSpan: { start: 0, end: 40 },
    trigger: { family: 'violence', subEventType: null, rank: 99, span: { start: 10, end: 16 }, text: 'killed' },
    event_type: type, sub_event_type: sub, actor1: actor(actor1), actor2: actor(actor2), assoc1: [],
    casualties: { fatalities: null, injuries: null },
    date: { event_date: null, date_precision: 'unknown', time_precision: null, date_range: null, span: null },
    claim: { claim: 'reported', attribution: null, span: null }, location: null, trace: [],
  };
}

const POLICE: A = ['Police Forces of Kenya', 1, true];
const GUNMEN: A = ['Unidentified Armed Group (Kenya)', 3, true];
const VILLAGERS: A = ['Civilians (Kenya)', 7, true];

// [name, type, sub-event type, actor1, actor2, article country, expected [actor1, actor2]]
type Row = [name: string, type: EventType, sub: SubEventType, actor1: A, actor2: A, country: string | null, expected: [A, A]];
const ROWS: Row[] = [
  ['a protest nobody is named for: the country\'s protesters', 'Protests', 'Peaceful protest', null, null, 'Kenya',
    [['Protesters (Kenya)', 6, false], null]],
  ['police who intervene become the second side', 'Protests', 'Protest with intervention', POLICE, null, 'Kenya',
    [['Protesters (Kenya)', 6, false], POLICE]],
  ['named protesters and police are kept', 'Protests', 'Excessive force against protesters',
    ['Protesters (Kenya)', 6, true], POLICE, 'Kenya', [['Protesters (Kenya)', 6, true], POLICE]],
  ['civilians named in a protest do not become the second side', 'Protests', 'Peaceful protest', VILLAGERS, null, 'Kenya',
    [['Protesters (Kenya)', 6, false], null]],
  ['a riot nobody is named for: the country\'s rioters', 'Riots', 'Violent demonstration', null, null, 'Kenya',
    [['Rioters (Kenya)', 5, false], null]],
  ['a mob that attacks police: rioters against police', 'Riots', 'Mob violence', ['Rioters (Kenya)', 5, true], POLICE, 'Kenya',
    [['Rioters (Kenya)', 5, true], POLICE]],
  ['violence against civilians nobody is named for: an unidentified armed group and civilians', 'Violence against civilians', 'Attack',
    null, null, 'Kenya', [['Unidentified Armed Group (Kenya)', 3, false], ['Civilians (Kenya)', 7, false]]],
  ['victims read as actor1 (passive) are moved to actor2', 'Violence against civilians', 'Attack', VILLAGERS, null, 'Kenya',
    [['Unidentified Armed Group (Kenya)', 3, false], VILLAGERS]],
  ['named attackers get civilian victims', 'Violence against civilians', 'Abduction/forced disappearance', GUNMEN, null, 'Kenya',
    [GUNMEN, ['Civilians (Kenya)', 7, false]]],
  ['a bomb nobody is named for: an unidentified armed group, no target', 'Explosions/Remote violence', 'Remote explosive/landmine/IED',
    null, null, 'Kenya', [['Unidentified Armed Group (Kenya)', 3, false], null]],
  ['an air strike nobody is named for stays without actor1 (armed groups rarely have aircraft)', 'Explosions/Remote violence',
    'Air/drone strike', null, null, 'Kenya', [null, null]],
  ['shelling of civilians read as actor1: civilians become the target, the shooter an unidentified armed group', 'Explosions/Remote violence',
    'Shelling/artillery/missile attack', VILLAGERS, null, 'Kenya', [['Unidentified Armed Group (Kenya)', 3, false], VILLAGERS]],
  ['an air strike nobody is named for keeps its attacker unknown', 'Explosions/Remote violence',
    'Air/drone strike', null, VILLAGERS, 'Kenya', [null, VILLAGERS]],
  ['a battle with only a target named gets an unidentified attacker', 'Battles', 'Armed clash', null, POLICE, 'Kenya',
    [['Unidentified Armed Group (Kenya)', 3, false], POLICE]],
  ['a battle with nobody named stays empty', 'Battles', 'Armed clash', null, null, 'Kenya', [null, null]],
  ['strategic developments get no defaults', 'Strategic developments', 'Arrests', null, null, 'Kenya', [null, null]],
  ['no country: the names without one', 'Violence against civilians', 'Attack', null, null, null,
    [['Unidentified Armed Group', 3, false], ['Civilians', 7, false]]],
  ['a country ACLED writes with "the"', 'Protests', 'Peaceful protest', null, null, 'United States',
    [['Protesters (United States)', 6, false], null]],
];

for (const [name, type, sub, a1, a2, country, expected] of ROWS) {
  test(`fillDefaultActors: ${name}`, () => {
    const m = fillDefaultActors(mention(type, sub, a1, a2), country);
    assert.deepEqual([brief(m.actor1), brief(m.actor2)], expected);
  });
}

test('fillDefaultActors: a mention with nothing to fill is returned as it is', () => {
  const m = mention('Battles', 'Armed clash', GUNMEN, POLICE);
  assert.equal(fillDefaultActors(m, 'Kenya'), m);
  const filled = mention('Riots', 'Violent demonstration', null, null);
  assert.notEqual(fillDefaultActors(filled, 'Kenya'), filled, 'a filled mention is a copy');
  assert.equal(filled.actor1, null, 'the input is not changed');
});

// Through extract(): the article's country names the defaults, and a filled actor has no evidence span.
const PUBLISHED = '2024-03-15';
type ArticleRow = [text: string, expected: [actor1: string | null, actor2: string | null], read: [actor1: boolean, actor2: boolean]];
const ARTICLES: ArticleRow[] = [
  ['Hundreds of people protested in Nairobi, Kenya, on Friday.', ['Protesters (Kenya)', null], [false, false]],
  ['Police fired tear gas at protesters in Kampala, Uganda, on Monday.', ['Protesters (Uganda)', 'Police Forces of Uganda'], [false, true]],
  ['A teacher was shot dead in Kaduna, Nigeria, on Sunday.', ['Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'], [false, true]],
  ['A bomb exploded at a market in Mali on Monday, killing three people.', ['Unidentified Armed Group (Mali)', null], [false, false]],
  ['Gunmen killed at least fifteen people in a village in Niger on Sunday.', ['Unidentified Armed Group (Niger)', 'Civilians (Niger)'], [true, false]],
  // A clash names no doer: state forces come first, as ACLED writes it; an attack keeps its doer first.
  ['Rebels clashed with the Kenyan army near Garissa, Kenya, on Monday.', ['Military Forces of Kenya', 'Unidentified Armed Group (Kenya)'], [true, true]],
  // Defaults come after merging: the attackers named in the second sentence win over a default.
  ['Five villagers were killed in an attack in Burkina Faso on Monday. JNIM fighters carried out the attack, residents said.',
    ['JNIM: Group for Support of Islam and Muslims', 'Civilians (Burkina Faso)'], [true, true]],
];

for (const [text, expected, read] of ARTICLES) {
  test(`extract fills defaults: ${text}`, () => {
    const events = extract({ id: 'defaults', text, published: PUBLISHED, source: null, url: null });
    assert.equal(events.length, 1);
    const e = events[0]!;
    assert.deepEqual([e.actor1, e.actor2], expected);
    const cited = (field: string) => e.evidence.some((s) => s.field === field);
    assert.deepEqual([cited('actor1'), cited('actor2')], read, 'only actors read from the text carry evidence');
  });
}
