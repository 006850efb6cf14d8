import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clauses, readModality, type ModalityKind } from './Modality.js';

// [sentence with the trigger in [brackets] (none: no trigger), kind, the cue words ('' = no span)]
type Row = [string, ModalityKind, string];
const OFFSET = 1000; // spans are article offsets: the sentence starts at 1000
const SPEED = 'Local officials said on Sunday that the militants, who had threatened to launch fresh [attacks] ' +
  'on the town, were repelled before the army arrived.';
const rows: Record<string, Row[]> = {
  negated: [
    ['No one was [attacked] during the march.', 'negated', 'No one'],
    ['Soldiers did not [fire] on the crowd.', 'negated', 'not'],
    ["The rebels didn't [shell] the camp.", 'negated', "didn't"],
    ["Chad's army won't be participating in the [offensive].", 'negated', "won't"],
    ['The group has never carried out an [attack] in the capital.', 'negated', 'never'],
    ['There were no [clashes] in the town overnight.', 'negated', 'There were no'],
    ['No Israeli soldiers were [hurt] in the raid.', 'negated', 'No'],
    ['The rocket failed to [explode] near the base.', 'negated', 'failed to'],
    ['Troops withdrew without [firing] a shot.', 'negated', 'without'],
    ['Organisers called off the [march] after the curfew.', 'negated', 'called off'],
  ],
  threat: [
    ['Militants threatened to [attack] the base.', 'threat', 'threatened to'],
    ['The group vowed to launch fresh [attacks] on the capital.', 'threat', 'vowed to'],
    ['The rebels warned they would [strike] the airport.', 'threat', 'warned they would'],
    ['Rebels will [strike] the city at dawn.', 'threat', 'will'],
    ['Drones could [target] the port.', 'threat', 'could'],
    ['Militants vowed to storm the town and [kill] its residents.', 'threat', 'vowed to'],
  ],
  plan: [
    ['Militants planned to [bomb] the church.', 'plan', 'planned to'],
    ['Police arrested three men plotting an [attack] on the embassy.', 'plan', 'plotting'],
    ['The militia is preparing to [attack] the town.', 'plan', 'preparing to'],
    ['The union intends to [strike] next month.', 'plan', 'intends to'],
    ['Thousands are expected to [protest] in the capital.', 'plan', 'are expected to'],
    ["Next week's [march] was banned by the governor.", 'plan', "Next week's"],
    ['Protesters will [march] to parliament on Friday.', 'plan', 'will'],
  ],
  'question and hypothetical': [
    ['Who [attacked] the convoy?', 'question', '?'],
    ['It is unclear whether the army [attacked] the village.', 'question', 'whether'],
    ['It is not clear if militants [raided] the post.', 'question', 'if'],
    // A condition makes its whole clause hypothetical.
    ['If they [attack], the villagers will flee.', 'hypothetical', 'If'],
    ['The blast would have [killed] dozens had it gone off.', 'hypothetical', 'would have'],
    ['In case of an [attack], sirens sound across the city.', 'hypothetical', 'In case of'],
    ['The strike could have [killed] everyone inside.', 'hypothetical', 'could have'],
    ['Residents will flee unless troops [protect] the road.', 'hypothetical', 'unless'],
    ['If and when the army [retakes] the port, the roads will reopen.', 'hypothetical', 'If'],
  ],
  generic: [
    ['Militias have committed [atrocities] against civilians.', 'generic', 'Militias have committed'],
    ['Armed groups regularly [attack] villages in the region.', 'generic', 'regularly'],
    ['The group often [kidnaps] foreigners for ransom.', 'generic', 'often'],
    ['[Attacks] on aid workers are common in the north.', 'generic', 'are common'],
    ['The group has carried out numerous [attacks] over the years.', 'generic', 'numerous'],
    ['Bandits routinely [loot] cattle from herders.', 'generic', 'routinely'],
    ['Insurgents have long [targeted] schools and clinics.', 'generic', 'Insurgents have long targeted'],
  ],
  denied: [
    ['The army denied carrying out the [strike].', 'denied', 'denied'],
    ['The group denied involvement in the [bombing].', 'denied', 'denied involvement in'],
    ['Moscow denied that its forces [shelled] the town.', 'denied', 'denied that its forces'],
  ],
  'factual look-alikes': [
    ['Militia fighters [attacked] the village on Sunday.', 'factual', ''],
    ['Security forces failed to stop the [attack].', 'factual', ''],
    ['No group has claimed the [attack].', 'factual', ''],
    ['No one claimed the [bombing] on Monday.', 'factual', ''],
    ['It was not immediately clear who carried out the [attack].', 'factual', ''],
    ['Police said no one was killed in the [attack].', 'factual', ''],
    ['Rebels have [seized] the town.', 'factual', ''],
    ['Gunmen repeatedly [fired] at the convoy on Tuesday.', 'factual', ''],
    ['Gunmen [killed] no fewer than ten people.', 'factual', ''],
    ['The attack may have [killed] more than 20 people.', 'factual', ''],
    ['A well-planned [ambush] killed six soldiers.', 'factual', ''],
    ['Militants [attacked] a convoy that was carrying aid.', 'factual', ''],
    ['The army did not respond to the [shelling].', 'factual', ''],
    ['Aid workers were denied access after the [shelling].', 'factual', ''],
    ['Hezbollah will respond to the [attack], its leader said.', 'factual', ''],
  ],
  'scope: the cue must govern the trigger, or the main clause without one': [
    ['He threatened residents before gunmen [opened fire], killing two.', 'factual', ''],
    ['He threatened residents before gunmen opened fire, [killing] two.', 'factual', ''],
    ['Gunmen [attacked] the village after militants threatened to burn it.', 'factual', ''],
    ['Gunmen attacked the village after militants threatened to [burn] it.', 'threat', 'threatened to'],
    ['Police said no one was [killed] in the attack.', 'negated', 'no one'],
    ['The army [shelled] the town, but no civilians were hurt.', 'factual', ''],
    ['The army shelled the town, but no civilians were [hurt].', 'negated', 'no'],
    ['The army denied carrying out the strike, which [killed] 12 people.', 'factual', ''],
    ['Police did not arrest anyone after the [attack].', 'factual', ''],
    ['Rebels [fired] rockets and vowed to attack again.', 'factual', ''],
    // Without a trigger the main clause decides.
    ['Militants threatened to attack the base.', 'threat', 'threatened to'],
    ['Gunmen killed two villagers, but no one was arrested.', 'factual', ''],
    ['Did the army bomb the hospital?', 'question', '?'],
  ],
};

function parse(marked: string): { sentence: string; trigger: { start: number; end: number } | undefined } {
  const open = marked.indexOf('['), sentence = marked.replace(/[[\]]/g, '');
  return { sentence, trigger: open < 0 ? undefined : { start: OFFSET + open, end: OFFSET + marked.indexOf(']') - 1 } };
}

for (const [group, table] of Object.entries(rows)) {
  test(`modality: ${group}`, () => {
    for (const [marked, kind, cue] of table) {
      const { sentence, trigger } = parse(marked), r = readModality(sentence, OFFSET, trigger);
      assert.deepEqual([r.kind, r.span ? sentence.slice(r.span.start - OFFSET, r.span.end - OFFSET) : ''], [kind, cue], marked);
    }
  });
}

test('the kept split of the last sentence never answers for another sentence', () => {
  const two = 'Rebels shelled the town; the army fired back.';
  assert.equal(clauses(two).length, 2);
  assert.equal(clauses(two).length, 2);
  assert.deepEqual(clauses('Rebels shelled the town.'), [{ start: 0, end: 24, dependent: false }]);
  assert.deepEqual(clauses(two), [{ start: 0, end: 23, dependent: false }, { start: 24, end: 45, dependent: false }]);
});
