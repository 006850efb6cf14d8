import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventType, InterCode, SubEventType } from '../model/event.js';
import { loadActorRegistry } from './ActorRegistry.js';
import { assignRoles } from './ActorRoles.js';
import { classifyEvent, primaryTrigger } from './EventClassifier.js';
import { findTriggers } from './EventTrigger.js';

const registry = loadActorRegistry();
const OFFSET = 500; // sentences stand at an article offset, as they do in extract()

/** The sentence read as proposeMention reads it: cues, the primary cue, the roles around it, the type. */
function classify(sentence: string): [EventType, SubEventType] | null {
  const hits = findTriggers(sentence, OFFSET);
  const primary = primaryTrigger(hits);
  if (!primary) return null;
  const roles = assignRoles(sentence, OFFSET, primary.span, registry.findMentions(sentence, OFFSET));
  const c = classifyEvent(primary, hits, roles.actor1?.inter ?? null, roles.actor2?.inter ?? null, sentence);
  return [c.event_type, c.sub_event_type];
}

type Row = [sentence: string, expected: [EventType, SubEventType], todo?: string];

// One row per trigger family and per ACLED distinction the classifier draws from the actors.
const FAMILIES: Row[] = [
  // A patrol, a checkpoint, a barracks are armed targets whoever's they are.
  ['Gunmen attacked a border patrol near the river.', ['Battles', 'Armed clash']],
  ['Unidentified gunmen attacked a security unit on the road to the capital.', ['Battles', 'Armed clash']],
  // A mass grave names the killings it holds, whatever else the sentence tells.
  ['A mass grave with 30 bodies was found in the town after the army retook it from the rebels.', ['Violence against civilians', 'Attack']],
  // An attack on armed men is a battle; on unarmed people, violence against civilians.
  ['Militants attacked soldiers at a checkpoint near the border.', ['Battles', 'Armed clash']],
  ['Gunmen opened fire on soldiers guarding a bridge.', ['Battles', 'Armed clash']],
  ['Gunmen ambushed a police convoy outside the town.', ['Battles', 'Armed clash']],
  ['Fighting broke out between soldiers and militants near the border.', ['Battles', 'Armed clash']],
  ['Gunmen attacked worshippers at a mosque during evening prayers.', ['Violence against civilians', 'Attack']],
  ['Gunmen killed a farmer in his field.', ['Violence against civilians', 'Attack']],
  ['Villagers were attacked by gunmen near the river.', ['Violence against civilians', 'Attack']],
  // Territory: who took it decides between the two sub-event types.
  ['Government troops recaptured the town of Kidal from the rebels.', ['Battles', 'Government regains territory']],
  ['Troops recaptured the town after heavy fighting.', ['Battles', 'Government regains territory']],
  ['The army took control of the town after the rebels withdrew.', ['Battles', 'Government regains territory']],
  ['Rebels seized the town of Menaka on Tuesday.', ['Battles', 'Non-state actor overtakes territory']],
  ['Insurgents overran an army base in the north.', ['Battles', 'Non-state actor overtakes territory']],
  ['Rebel fighters recaptured the village from the army.', ['Battles', 'Non-state actor overtakes territory']],
  // Protests and riots.
  ['Thousands of teachers protested peacefully outside the ministry.', ['Protests', 'Peaceful protest']],
  ['Protesters marched through the capital on Friday.', ['Protests', 'Peaceful protest']],
  ['Police fired tear gas to disperse protesters in the capital.', ['Protests', 'Protest with intervention']],
  ['Police used tear gas and water cannon to break up a rally in the capital.', ['Protests', 'Protest with intervention']],
  ['Police shot dead three protesters outside parliament.', ['Protests', 'Excessive force against protesters']],
  ['Soldiers killed two demonstrators during a march on the palace.', ['Protests', 'Excessive force against protesters']],
  ['A mob lynched a man accused of stealing a goat.', ['Riots', 'Mob violence']],
  ['Guards beat a detainee to death in the cells.', ['Violence against civilians', 'Attack']],
  ['An angry mob beat a suspected thief to death.', ['Riots', 'Mob violence']],
  ['Rioters torched cars and looted shops in the city centre.', ['Riots', 'Violent demonstration']],
  ['Residents stoned police vehicles during a riot over fuel prices.', ['Riots', 'Violent demonstration']],
  ['Police and protesters clashed outside parliament.', ['Riots', 'Violent demonstration'],
    'the protest cue outranks "clashed" and no intervention word is present, so a clash is coded Peaceful protest'],
  // Remote violence: the cue decides the sub-event type.
  ['A roadside bomb killed four soldiers on the highway.', ['Explosions/Remote violence', 'Remote explosive/landmine/IED']],
  ['A suicide bomber blew himself up at a market, killing nine people.', ['Explosions/Remote violence', 'Suicide bomb']],
  ['Warplanes struck a village, killing six civilians.', ['Explosions/Remote violence', 'Air/drone strike']],
  ['Rebels shelled the outskirts of the city.', ['Explosions/Remote violence', 'Shelling/artillery/missile attack']],
  ['A man threw a grenade into a crowded bar.', ['Explosions/Remote violence', 'Grenade']],
  ['Government forces used chlorine gas on the town.', ['Explosions/Remote violence', 'Chemical weapon']],
  ['A car bomb parked outside the hotel exploded, killing five guests.', ['Explosions/Remote violence', 'Remote explosive/landmine/IED']],
  // Violence against civilians by its kind.
  ['Gunmen abducted 20 students from a school.', ['Violence against civilians', 'Abduction/forced disappearance']],
  ['Gunmen kidnapped ten travellers and killed their driver.', ['Violence against civilians', 'Abduction/forced disappearance']],
  ['Soldiers raped two women in the village.', ['Violence against civilians', 'Sexual violence']],
  // Strategic developments.
  ['Police arrested 12 suspected militants in the capital.', ['Strategic developments', 'Arrests']],
  ['Police arrested nine suspects in dawn raids.', ['Strategic developments', 'Arrests']],
  ['The two sides signed a ceasefire agreement in Doha.', ['Strategic developments', 'Agreement']],
  ['Fighters looted shops in the market.', ['Strategic developments', 'Looting/property destruction']],
  ['The army set up a new base near the border.', ['Strategic developments', 'Headquarters or base established']],
];

for (const [sentence, expected, todo] of FAMILIES) {
  test(`classify: ${sentence} → ${expected.join(' / ')}`, todo ? { todo } : {}, () => {
    assert.deepEqual(classify(sentence), expected);
  });
}

// The pure function: the primary cue's family and the two inter codes decide the type.
type InterRow = [sentence: string, inter1: InterCode | null, inter2: InterCode | null, expected: [EventType, SubEventType]];
const BY_INTER: InterRow[] = [
  ['Gunmen attacked the convoy.', 3, 1, ['Battles', 'Armed clash']],
  ['Gunmen attacked the convoy.', 2, 8, ['Battles', 'Armed clash']],
  ['Gunmen attacked the convoy.', 3, 7, ['Violence against civilians', 'Attack']],
  ['Gunmen attacked the convoy.', 3, null, ['Violence against civilians', 'Attack']],
  ['Gunmen attacked the convoy.', null, 4, ['Battles', 'Armed clash']],
  ['Fighting raged in the valley.', 1, 3, ['Battles', 'Armed clash']],
  ['Fighting raged in the valley.', 3, 7, ['Violence against civilians', 'Attack']],
  ['They recaptured the town.', 1, 3, ['Battles', 'Government regains territory']],
  ['They recaptured the town.', null, null, ['Battles', 'Government regains territory']],
  ['They recaptured the town.', 2, 1, ['Battles', 'Non-state actor overtakes territory']],
  ['They took control of the town.', 1, null, ['Battles', 'Government regains territory']],
  ['They took control of the town.', null, null, ['Battles', 'Non-state actor overtakes territory']],
  ['They took control of the town.', 3, 1, ['Battles', 'Non-state actor overtakes territory']],
  ['Officers killed two protesters.', 1, null, ['Protests', 'Excessive force against protesters']],
  ['Officers dispersed the protesters.', 1, null, ['Protests', 'Protest with intervention']],
  // An arrest is the state's (or a rebel authority's); militias and gunmen who round people up abduct them.
  ['They rounded up ten men.', 1, 7, ['Strategic developments', 'Arrests']],
  ['They rounded up ten men.', 2, 7, ['Strategic developments', 'Arrests']],
  ['They rounded up ten men.', 3, 7, ['Violence against civilians', 'Abduction/forced disappearance']],
  ['They rounded up ten men.', 4, null, ['Violence against civilians', 'Abduction/forced disappearance']],
];

for (const [sentence, inter1, inter2, expected] of BY_INTER) {
  test(`classifyEvent: ${sentence} with inter ${inter1}/${inter2} → ${expected.join(' / ')}`, () => {
    const hits = findTriggers(sentence);
    const primary = primaryTrigger(hits);
    assert.ok(primary, `a cue in "${sentence}"`);
    const c = classifyEvent(primary, hits, inter1, inter2, sentence);
    assert.deepEqual([c.event_type, c.sub_event_type], expected);
  });
}

// [sentence, the words of the cue that names the event]
const PRIMARY: [sentence: string, expected: string, todo?: string][] = [
  ['A roadside bomb killed three soldiers.', 'roadside bomb'],
  ['Three soldiers were killed by a roadside bomb.', 'roadside bomb'],
  ['Four people were killed when a suicide bomber blew himself up at a checkpoint.', 'suicide bomber'],
  ['Artillery shells and an air strike hit the town.', 'air strike'],
  ['Troops recaptured the town after heavy fighting.', 'recaptured'],
  ['Gunmen kidnapped ten travellers and killed their driver.', 'kidnapped'],
  ['Police shot dead three protesters outside parliament.', 'protesters'],
  ['Four soldiers were killed in an ambush.', 'ambush'],
  ['Police arrested nine suspects in dawn raids.', 'arrested', 'violence ("raids") outranks arrest in FAMILY_PRIORITY'],
];

for (const [sentence, expected, todo] of PRIMARY) {
  test(`primaryTrigger: ${sentence} → "${expected}"`, todo ? { todo } : {}, () => {
    const p = primaryTrigger(findTriggers(sentence, OFFSET));
    assert.ok(p, `a cue in "${sentence}"`);
    assert.equal(p.text, expected);
    const article = ' '.repeat(OFFSET) + sentence;
    assert.equal(article.slice(p.span.start, p.span.end), expected, 'the span is an article offset');
  });
}

test('primaryTrigger: no cue, no trigger', () => {
  assert.equal(primaryTrigger([]), null);
  assert.equal(classify('The minister visited the capital on Monday.'), null);
});
