import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../model/event.js';
import { readClaim } from './Claim.js';

// [sentence with the trigger in [brackets] (none: no trigger), claim, attribution, cue words ('' = none),
//  attributing phrase ('' = none)]
type Row = [string, Claim, string | null, string, string];
const OFFSET = 500; // spans are article offsets: the sentence starts at 500
const SPEED = 'Local officials said on Sunday that suspected militants [attacked] a police post near the border, ' +
  'killing three, but the group denied involvement.';
const rows: Record<string, Row[]> = {
  'reported, and who says so': [
    ['Gunmen [killed] five people, according to the Daily Mail.', 'reported', 'Daily Mail', '', 'according to the Daily Mail'],
    ['US officials said a drone [strike] killed two commanders.', 'reported', 'US officials', '', 'US officials said'],
    ['Gunmen [killed] four traders at the market, police said.', 'reported', 'police', '', 'police said'],
    ['Two soldiers died in the [ambush], a local official told reporters.', 'reported', 'local official', '', 'a local official told'],
    ['The army said in a statement that rebels [shelled] the base.', 'reported', 'army', '', 'The army said'],
    ['Armed men [burned] the village, residents said.', 'reported', 'residents', '', 'residents said'],
    ['Air strikes [killed] 12 people in Idlib, the Syrian Observatory for Human Rights reported.', 'reported',
      'Syrian Observatory for Human Rights', '', 'the Syrian Observatory for Human Rights reported'],
    ['State media reported that protesters [clashed] with police.', 'reported', 'State media', '', 'State media reported'],
    ['"We were [attacked] at dawn," said Amina Yusuf, a farmer.', 'reported', 'Amina Yusuf', '', 'said Amina Yusuf'],
    ['An [airstrike] hit the town, according to a statement from the army.', 'reported', 'army', '',
      'according to a statement from the army'],
    ['Witnesses later said soldiers [fired] into the crowd.', 'reported', 'Witnesses', '', 'Witnesses later said'],
    ['Militants [stormed] a police post on Sunday.', 'reported', null, '', ''],
    ['No casualties were reported after the [clash].', 'reported', null, '', ''],
    ['Gunmen [killed] five villagers, he said.', 'reported', null, '', ''],
    ['The [attack] claimed 12 lives in the town.', 'reported', null, '', ''],
    ['Aid workers were denied access after the [shelling].', 'reported', null, '', ''],
    ['No group has claimed responsibility for the [bombing].', 'reported', null, '', ''],
    ['The army did not deny that it [shelled] the market.', 'reported', null, '', ''],
    ['A spokesman for the army, Col. Ali Musa, said troops [repelled] the raid.', 'reported', 'Col. Ali Musa', '', 'Col. Ali Musa, said'],
  ],
  claimed: [
    ['Islamic State claimed responsibility for the [bombing].', 'claimed', 'Islamic State', 'claimed responsibility', 'Islamic State claimed'],
    ['Al-Shabaab claimed the [attack] on the hotel.', 'claimed', 'Al-Shabaab', 'claimed the attack', 'Al-Shabaab claimed'],
    ['The [beheading] was shown in a video released by ISIS.', 'claimed', 'ISIS', 'video released by', 'released by ISIS'],
    ['The group said on its Telegram channel that its fighters [killed] 20 soldiers.', 'claimed', 'group',
      'said on its Telegram channel that its fighters', 'The group said'],
    ['Amaq news agency said the [attackers] were soldiers of the caliphate.', 'claimed', 'Amaq news agency', 'Amaq', 'Amaq news agency said'],
    ['The army said it [killed] 30 fighters in the hills.', 'claimed', 'army', 'said it killed', 'The army said'],
    ['The [attack] was claimed by the Pakistani Taliban.', 'claimed', 'Pakistani Taliban', 'claimed by', 'claimed by the Pakistani Taliban'],
    ['The militia took responsibility for the [ambush] in a post online.', 'claimed', 'militia', 'took responsibility', 'The militia took'],
  ],
  alleged: [
    ['Suspected militants [attacked] a checkpoint.', 'alleged', null, 'Suspected', ''],
    ['The [attackers] were said to be members of a local militia.', 'alleged', null, 'said to be', ''],
    ['Gunmen reportedly [abducted] 30 students.', 'alleged', null, 'reportedly', ''],
    ['Soldiers allegedly [shot] two farmers, a rights group said.', 'alleged', 'rights group', 'allegedly', 'a rights group said'],
    ['The [gunmen] are believed to be bandits.', 'alleged', null, 'are believed', ''],
    ['According to unconfirmed reports, ten people were [killed].', 'alleged', null, 'unconfirmed', ''],
    ['The victims were presumed dead after the [raid].', 'alleged', null, 'presumed', ''],
    ['Six fishermen were feared [dead] after the boat was shelled.', 'alleged', null, 'feared', ''],
    ['Residents blamed the military for the air [strike].', 'alleged', 'Residents', 'blamed', 'Residents blamed'],
    ['Rebels accused the army of [shelling] the village.', 'alleged', 'Rebels', 'accused', 'Rebels accused'],
  ],
  denied: [
    ['The army denied carrying out the [strike].', 'denied', 'army', 'denied', 'The army denied'],
    ['The rebels rejected claims that they [attacked] the convoy.', 'denied', 'rebels', 'rejected claims', 'The rebels rejected'],
    ['The ministry dismissed reports of a [massacre].', 'denied', 'ministry', 'dismissed reports', 'The ministry dismissed'],
    ['Kyiv denies that its drones [struck] the plant.', 'denied', 'Kyiv', 'denies', 'Kyiv denies'],
  ],
  'precedence within a clause, nearness across clauses': [
    // Same clause: a denial outranks a claim and a hedge; a claim outranks a hedge.
    ['The group denied it had claimed the [attack].', 'denied', 'group', 'denied', 'The group denied'],
    ['Suspected jihadists claimed responsibility for the [raid].', 'claimed', 'Suspected jihadists', 'claimed responsibility', 'Suspected jihadists claimed'],
    // Across clauses the trigger's own clause speaks first.
    ['Police said suspected militants [attacked] a checkpoint, but the group denied involvement.', 'alleged', 'Police', 'suspected', 'Police said'],
    ['Gunmen [killed] five villagers on Friday, but ISIS claimed responsibility.', 'claimed', 'ISIS', 'claimed responsibility', 'ISIS claimed'],
    ['ISIS claimed responsibility for the blast, which [killed] 12 people.', 'claimed', 'ISIS', 'claimed responsibility', 'ISIS claimed'],
    ['Residents said troops [burned] homes, while the army denied it.', 'denied', 'army', 'denied', 'the army denied'],
    ['Rebels reportedly [ambushed] a patrol; the army denied the account.', 'alleged', null, 'reportedly', ''],
    // Without a trigger every clause ties and the rank decides.
    ['Police said suspected militants attacked a checkpoint, but the group denied involvement.', 'denied', 'group', 'denied', 'the group denied'],
    ['Gunmen killed four traders at the market, police said.', 'reported', 'police', '', 'police said'],
  ],
};

function parse(marked: string): { sentence: string; trigger: { start: number; end: number } | undefined } {
  const open = marked.indexOf('['), sentence = marked.replace(/[[\]]/g, '');
  return { sentence, trigger: open < 0 ? undefined : { start: OFFSET + open, end: OFFSET + marked.indexOf(']') - 1 } };
}

for (const [group, table] of Object.entries(rows)) {
  test(`claim: ${group}`, () => {
    for (const [marked, claim, attribution, cue, phrase] of table) {
      const { sentence, trigger } = parse(marked), r = readClaim(sentence, OFFSET, trigger);
      const text = (s: { start: number; end: number } | null): string => (s ? sentence.slice(s.start - OFFSET, s.end - OFFSET) : '');
      assert.deepEqual([r.claim, r.attribution, text(r.span), text(r.attributionSpan)], [claim, attribution, cue, phrase], marked);
    }
  });
}
