// Sentences that must give no event: what did not happen (threats, plans, questions, hypotheticals,
// negations, denials), what is not one incident (generic statements, purposes), page furniture and
// news that is not about political violence. Each is read as a one-sentence article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from './extract.js';

const PUBLISHED = '2024-03-15';

// [sentence, todo reason when the code is known to still give an event]
type Row = [sentence: string, todo?: string];

const ROWS: Record<string, Row[]> = {
  threat: [
    ['The group threatened to attack the capital.'],
    ['Militants have threatened to attack the capital of Mali.'],
    ['The rebels vowed to retake the town of Kidal by the end of the year.'],
    ['Jihadists warned that they would bomb the airport in Bamako.'],
    ['The rebels said they would attack the town if the army did not withdraw.'],
    ['Any attack on the capital would be met with force, the minister said.'],
    ['The group threatened in a video released on Monday to encircle the capital and attack its roads.'],
  ],
  plan: [
    ['The army plans to launch an offensive against the rebels in the north next month.'],
    ['Opposition leaders plan to hold a protest in Nairobi on Saturday.'],
    ['Government forces are expected to launch an assault on the rebel stronghold.'],
    ['The militants are believed to be planning further attacks.'],
    ['Investigators said on Monday that two of the men had been planning attacks on churches in the capital.'],
    ['The movement, which has fought the state for years in the north, issued a statement last week.'],
  ],
  question: [
    ['Will the militants attack the capital again?'],
    ['Who carried out the attack on the convoy?'],
    ['Did soldiers open fire on the crowd?'],
    ['It was not clear whether anyone was killed.'],
    ['Officials are investigating whether the blast was an accident.'],
  ],
  hypothetical: [
    ['If the talks fail, the rebels could attack the city.'],
    ['Had the soldiers not arrived, the gunmen would have killed everyone in the village.'],
    ['Analysts say a full-scale assault on the city could kill thousands.'],
    ['The army chief said his forces were ready to respond to any attack.',
      '"any attack" (a hypothetical attack) is read as a factual VAC Attack'],
  ],
  negation: [
    ['No one was hurt in the drill.'],
    ['No one was killed in the exercise at the army base on Monday.'],
    ['Nobody was injured when the car overturned on the highway on Monday.'],
    ['The army has never bombed civilian areas, a spokesman said.'],
    ['The general said soldiers would not tolerate attacks on civilians.',
      '"not" governs "tolerate", not "attacks", so the generic "attacks on civilians" is read as a factual VAC Attack'],
  ],
  denial: [
    ['The army denied carrying out the strike on the village.'],
    ['The rebels denied that they had killed civilians in Goma.'],
    ['The ministry rejected claims that its troops had shelled the village.'],
  ],
  generic: [
    ['Soldiers in Mali freed twelve hostages held in a camp near Gao.'],
    ['Militias have committed atrocities.'],
    ['The roadside bombs the rebels in Mali used, they stole from army depots.'],
    ['Attacks on aid convoys are common in the region.'],
    ['Armed groups frequently attack travellers on the road.'],
    ['Armed groups routinely abduct travellers on the highway.'],
    ['Kidnappings for ransom have become common in the north-west.'],
    ['A self-styled militia in Burkina Faso is tracking down and killing suspected jihadists.'],
    ['Herders in Nigeria say they have repeatedly been attacked by vigilantes.'],
    ['A rights group found the guards of Mali guilty of torturing and executing detainees.'],
    ['Sleeper cells in Syria have regrouped to carry out hit-and-run attacks on patrols.'],
    ['The radio station in Kenya reopened two months after the town was liberated.'],
    ['Volunteers from Chad joined the fight against Boko Haram.'],
    ['Risking torture and death, informers in Mosul pass messages to the army.'],
    ['The rebels committed horrific crimes in Mali – torture, massacres, beheadings – a former member said.'],
    ['Informers in Somalia passed the coordinates of militant camps to the army for coalition airstrikes.'],
    ['A rights report this week found the guards in Chad guilty of torturing and executing detainees.'],
    ['Foreign troops have been based in Niger since 2013, carrying out patrols and raids against jihadists.'],
    ['The video is dominated by images of militant attacks around Kidal in Mali.'],
    ['In Somalia, contacting the army is a crime punishable by flogging or even death, the rebels say.'],
    ['The group, which has incited attacks on cities in Kenya, urged readers to stay at home.'],
    ['The group, which has fought the army for years, threatened to attack the capital.',
      'the relative clause "which has fought the army for years" is a generic statement but is read as an Armed clash'],
    ['Bandits in Nigeria have raided the market on the same road several times this year.'],
    ['Attacks on soldiers and civilians in Niger have continued, officials say.'],
    ['The state has since detained hundreds of suspected members of the group in Mali.'],
    ['Weapons supplied to Ukraine, including long-range rocket systems, reached the front on Monday.'],
    ['Shipments of missile defence systems arrived in Kyiv on Monday, officials in Ukraine said.'],
    ['Villagers say they live in fear of attacks by armed groups.',
      '"fear of attacks" is read as a factual VAC Attack'],
  ],
  purpose: [
    ['Troops are preparing to retake the town.'],
    ['The rebels are trying to capture the town of Lashio.'],
    ['The commander ordered his men to seize the airport.'],
    ['The army hopes to drive the militants out of the forest before the rainy season.'],
    ['The United Nations called for an end to the fighting.'],
  ],
  'page furniture': [
    ['Join the conversation'],
    ['Related posts'],
    ['Share this article'],
    ['Follow us on Twitter for the latest updates'],
    ['Advertisement'],
    ['Read more: Rebels seize town in the north'],
    ['Sign up for our newsletter to get the latest news on the war.'],
    ['Soldiers patrol a street in Gao, Mali, March 3, 2024. REUTERS/Jane Doe'],
    ['A displaced woman carries water at a camp near Goma, Democratic Republic of Congo, January 20, 2025. REUTERS/John Smith'],
    ['Photo: Soldiers at a checkpoint outside Mopti (AFP)'],
    ['Image caption: Mourners gather at a funeral in Kaduna'],
    ['Tags: Mali, Sahel, Security'],
    ['Copyright 2024 Example News. All rights reserved.'],
  ],
  'not political violence': [
    ['The finance ministry said inflation rose to 6 percent in February.'],
    ['The president met the prime minister of Mali in Bamako on Monday to discuss trade.'],
    ['The football team won the championship on Sunday.'],
    ['Farmers in the region expect a good harvest this year.'],
    ['The minister said the government would build new schools in the north.'],
    ['Residents fear that the militants will return.'],
    ['The summit on security in the Sahel opened in Niamey on Tuesday.'],
    ['Police said they had no reports of violence during Sunday\'s election.'],
    ['The court sentenced a former rebel commander to ten years in prison for war crimes.'],
    ['Heavy rain flooded several roads in the capital on Monday.'],
    ['The president will visit troops in the north next week.'],
    ['A fire at a market in the capital destroyed several stalls on Monday.'],
    ['Soldiers pose for photographs after a ceremony in Bamako on Monday.'],
  ],
};

for (const [kind, rows] of Object.entries(ROWS)) {
  for (const [sentence, todo] of rows) {
    test(`no event (${kind}): ${sentence}`, todo ? { todo } : {}, () => {
      const events = extract({ id: 'negative', text: sentence, published: PUBLISHED, source: null, url: null });
      assert.deepEqual(events.map((e) => `${e.sub_event_type} from "${e.evidence.find((s) => s.field === 'event_type')?.text}"`), []);
    });
  }
}

test('the table holds at least 30 sentences that must give no event', () => {
  assert.ok(Object.values(ROWS).flat().length >= 30);
});
