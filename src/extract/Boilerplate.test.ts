import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boilerplateReason, isBoilerplate } from './Boilerplate.js';
import { segment } from './Segmenter.js';

// [text, pattern it must match in data/lexicon/boilerplate.json]
const furniture: [string, string][] = [
  ['A soldier of the northern brigade pictured with his rifle', 'photoCaption'],
  ['Displaced women from Kera wait at the gate of the camp near the border', 'photoCaption'],
  ['Join the conversation', 'conversation'],
  ['Related posts', 'related'],
  ['Related Articles:', 'related'],
  ['Read more: Iraqi forces retake key town from militants', 'related'],
  ['Read more', 'related'],
  ['You may also like', 'related'],
  ['Sign up for our newsletter', 'newsletter'],
  ['Subscribe to our daily Middle East briefing', 'newsletter'],
  ['Get our free weekly newsletter delivered to your inbox.', 'newsletter'],
  ['Follow us on Twitter', 'follow'],
  ['Follow Gulf Monitor on Facebook and Twitter.', 'follow'],
  ['Share this article', 'share'],
  ['Share on WhatsApp', 'share'],
  ['Facebook Twitter WhatsApp Email', 'socialButtons'],
  ['Advertisement', 'advertisement'],
  ['ADVERTISEMENT - SCROLL TO CONTINUE', 'advertisement'],
  ['Story continues below advertisement', 'advertisement'],
  ['© 2016 Gulf Monitor', 'rights'],
  ['All rights reserved.', 'rights'],
  ['Copyright 2016 The Daily Courier. All rights reserved.', 'rights'],
  ['Click here to download the full report.', 'clickHere'],
  ['For the latest updates on the offensive, click here.', 'clickHere'],
  ['Comments', 'comments'],
  ['12 Comments', 'comments'],
  ['View all comments', 'comments'],
  ['Comments are closed.', 'comments'],
  ['(Photo: Reuters)', 'parenCredit'],
  ['Kurdish fighters near Kirkuk (AP Photo/Omar Hassan)', 'parenCredit'],
  ['Image: Kurdish fighters near Kirkuk', 'creditLabel'],
  ['Image copyright Getty Images', 'creditLabel'],
  ['Photo credit: Omar Hassan', 'creditLabel'],
  ['File photo: Iraqi soldiers patrol the streets of Tikrit.', 'filePhoto'],
  ['FILE PHOTO - An Iraqi soldier stands guard in Tikrit.', 'filePhoto'],
  ['Iraqi soldiers patrol the streets of Tikrit. (File photo)', 'parenCredit'],
  ['Ahmed Jadallah/Reuters', 'slashCredit'],
  ['REUTERS/Ahmed Jadallah', 'slashCredit'],
  ['Iraqi Kurdish fighters take aim at positions near Nawaran, Iraq, April 20, 2016. REUTERS/Ahmed Jadallah', 'slashCredit'],
  ['Smoke rises over eastern Mosul. Omar Hassan / AFP via Getty Images', 'slashCredit'],
  ['AFP via Getty Images', 'agencyOnly'],
  ['(Reuters)', 'agencyOnly'],
  ['(Kurdistan 24 TV via AP)', 'viaCredit'],
  ['Smoke rises after an air strike in eastern Mosul, Iraq, November 8, 2016.', 'captionDate'],
  ['A Peshmerga fighter rests near Bashiqa, Iraq, 20 April 2016', 'captionDate'],
  ['By John Smith', 'byline'],
  ['By Sarah Khalil and Omar Hassan, Reuters', 'byline'],
  ['BY AHMED AL-RUBAYE | Updated 3 hours ago', 'byline'],
  ['April 20, 2016', 'dateOnly'],
  ['Updated: 20 April 2016 14:32 GMT', 'dateOnly'],
  ['Tuesday, Nov. 8, 2016 at 3:45 p.m. ET', 'dateOnly'],
  ['Published 3 hours ago', 'dateOnly'],
  ['5 min read', 'dateOnly'],
  ['MOSUL, Iraq (Reuters) —', 'placeDateline'],
  ['BAGHDAD —', 'placeDateline'],
  ['News & Politics', 'tagLine'],
  ['Middle East | Iraq | Conflict', 'tagLine'],
  ['Tags: Iraq, Mosul, Islamic State', 'tagLabel'],
  ['#Mosul #Iraq #MosulOffensive', 'linksOnly'],
  ['https://example.com/iraq/mosul-offensive http://example.org/b', 'linksOnly'],
  ['(Reporting by Ahmed Rasheed; Editing by Mark Heinrich)', 'trailer'],
  ['Skip to main content', 'interface'],
  ['Back to top', 'interface'],
];

// News sentences and headlines that mention the same words.
const news: string[] = [
  'Soldiers stand guard outside the ministry after the attack.',
  'The group posted photos of the attack on its channel.',
  'The group announced in its newsletter that it had killed 12 soldiers.',
  'Photos released by the army showed destroyed houses in the village.',
  'Images broadcast on state television showed burning vehicles.',
  'Video showed militants executing prisoners near the airport.',
  'Subscribers to the group\'s Telegram channel received the claim within minutes.',
  'By Tuesday, the army had retaken the town.',
  'By nightfall, Iraqi forces had entered the city.',
  'By Christmas, Iraqi forces had pushed into the old city.',
  'By Monday Iraqi forces had entered Mosul.',
  'Follow-up raids killed five militants.',
  'Share prices fell in Baghdad after the attack.',
  'Related clashes in Kirkuk killed three people.',
  'Comments by the minister angered Kurdish leaders.',
  'The minister\'s comments on Twitter angered Kurdish leaders.',
  'Print media reported the clashes on Wednesday.',
  'More than 40 people were killed in the blast.',
  'Home to 200,000 people, the town was shelled for a week.',
  'Next week, the army will launch an offensive on Hawija.',
  'Trending on social media, the video showed the execution of two soldiers.',
  'Join operations between the army and the tribal militia continued.',
  'Iraqi forces retake Mosul',
  'IRAQI FORCES RETAKE MOSUL',
  'Kurds & Iraqis Clash Over Kirkuk',
  'Fighting resumed in Mosul, Iraq, on April 20, 2016.',
  'April 20, 2016 was the deadliest day of the offensive.',
  'MOSUL, Iraq (Reuters) — Iraqi special forces pushed deeper into the city on Tuesday.',
  'Militants told Reuters that 20 fighters had been killed.',
  'The army said 20 people were killed, according to AP.',
  'A photographer for AFP saw 12 bodies in the street.',
  'Reporting by state media suggested at least 20 deaths.',
  'Advertising boards in the square were destroyed by the blast.',
  'The copyright dispute did not stop the broadcast of the video.',
  'The group followed up with a statement on Telegram claiming the attack.',
];

test('furniture is recognised, by the expected pattern', () => {
  for (const [text, reason] of furniture) assert.equal(boilerplateReason(text), reason, text);
});

test('news that mentions the same words is not furniture', () => {
  for (const text of news) assert.equal(boilerplateReason(text), null, text);
});

test('white space is collapsed before matching, long text is never furniture', () => {
  assert.ok(isBoilerplate('  Sign up\u00a0for\n our   newsletter  '));
  assert.ok(!isBoilerplate(''));
  assert.ok(!isBoilerplate(`Read more ${'about the offensive '.repeat(40)}`));
  // Each kind of white space that calls for collapsing, alone in a line of furniture.
  for (const space of ['  ', '\t', '\u00a0', '\u2003', '\u202f', '\u3000', ' \n'])
    assert.ok(isBoilerplate(`Share${space}this article`), JSON.stringify(space));
});

// [article, flags of its sentences in order]
const articles: [string, boolean[]][] = [
  [
    'Iraqi forces push into Mosul\n\nBy Sarah Khalil\n\nIraqi forces pushed into Mosul on Tuesday. Twelve soldiers were killed.\n\nAdvertisement',
    [false, true, false, false, true],
  ],
  // A caption wink splits in two: the credit makes the whole paragraph furniture.
  ['Iraqi Kurdish fighters take aim at positions near Nawaran, Iraq, April 20, 2016. REUTERS/Ahmed Jadallah\n\nThe fighting went on.', [true, true, false]],
  // A credit line inside a paragraph marks only its own line.
  ['Photo: Reuters\nKurdish fighters repelled an attack near Nawaran on Sunday, killing five militants.', [true, false]],
  ['The group posted photos of the attack on its channel.\n\nShare this article\nFollow us on Twitter', [false, true]],
  // A copyright line after the news in the same paragraph condemns only itself.
  ['Gunmen killed 11 people in Tikrit on Sunday. © 2016 Gulf Monitor. All rights reserved.', [false, true, true]],
  ['Gunmen killed 11 people in Tikrit on Sunday.\nClick here for more.', [false, true]],
];

test('segment() marks furniture sentences and paragraphs', () => {
  for (const [text, flags] of articles) {
    const seg = segment(text);
    assert.deepEqual(seg.sentences.map((s) => s.boilerplate), flags, text);
    for (const p of seg.paragraphs) {
      const own = seg.sentences.filter((s) => s.paragraph === p.index);
      assert.equal(p.boilerplate, own.every((s) => s.boilerplate), `${text} / paragraph ${p.index}`);
    }
  }
});
