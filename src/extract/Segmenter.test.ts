import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segment, type Segmented } from './Segmenter.js';

// Every offset must point into the original text, and every visible character must be in a token.
function checkOffsets(seg: Segmented, label: string): void {
  const { text } = seg;
  let last = 0;
  for (const p of seg.paragraphs) {
    const body = text.slice(p.start, p.end);
    assert.ok(p.start >= last && body === body.trim() && body !== '', `${label}: paragraph ${p.index}`);
    assert.ok(!/\n\s*\n/.test(body), `${label}: blank line inside paragraph ${p.index}`);
    last = p.end;
  }
  const covered = new Uint8Array(text.length);
  last = 0;
  seg.sentences.forEach((s, i) => {
    const p = seg.paragraphs[s.paragraph];
    assert.ok(p && s.start >= p.start && s.end <= p.end, `${label}: sentence ${i} outside its paragraph`);
    assert.equal(s.index, i);
    assert.equal(text.slice(s.start, s.end), s.text, `${label}: sentence ${i}`);
    assert.ok(s.start >= last, `${label}: sentences overlap`);
    last = s.end;
    let at = s.start;
    for (const t of s.tokens) {
      assert.equal(text.slice(t.start, t.end), t.text, `${label}: token ${t.text}`);
      assert.ok(t.start >= at && t.end <= s.end && t.text.trim() !== '', `${label}: token ${JSON.stringify(t.text)}`);
      covered.fill(1, t.start, t.end);
      at = t.end;
    }
    assert.equal(s.tokens[0]?.start, s.start);
    assert.equal(s.tokens[s.tokens.length - 1]?.end, s.end);
  });
  for (let i = 0; i < text.length; i++)
    if (!covered[i]) assert.match(text[i] as string, /\s/, `${label}: ${JSON.stringify(text[i])} at ${i} is in no token`);
}
const sentencesOf = (text: string): string[] => segment(text).sentences.map((s) => s.text);

// [label, text, its sentences]
const roundTrip: [string, string, string[]][] = [
  ['no-break spaces', 'Gunmen\u00a0killed 11\u00a0people in Tikrit on Sunday. Police\u00a0confirmed it.',
    ['Gunmen\u00a0killed 11\u00a0people in Tikrit on Sunday.', 'Police\u00a0confirmed it.']],
  ['curly quotes', '“We will not retreat,” the commander said. ‘It is over,’ he added.',
    ['“We will not retreat,” the commander said.', '‘It is over,’ he added.']],
  ['em dashes', 'MOSUL, Iraq — Iraqi forces advanced on Tuesday—slowly—officers said.',
    ['MOSUL, Iraq — Iraqi forces advanced on Tuesday—slowly—officers said.']],
  ['other Unicode spaces', 'Five\u2003soldiers\u2009were\u202fkilled.\u3000Two fled.', ['Five\u2003soldiers\u2009were\u202fkilled.', 'Two fled.']],
  ['tabs, runs of spaces, edges', '\t  Leading tab.  Two   spaces here.   \n\n  ', ['Leading tab.', 'Two   spaces here.']],
  ['contractions wink splits', 'The army didn’t say, and militants won\'t either.', ['The army didn’t say, and militants won\'t either.']],
  ['emoji and joiners', 'Posts 👨‍👩‍👧 spread fast. Then 😀 more came.', ['Posts 👨‍👩‍👧 spread fast.', 'Then 😀 more came.']],
  ['diacritics, combining marks', 'Troops entered Tikrīt and Dāqūq, then Qaraqoshe\u0301 at dawn.', ['Troops entered Tikrīt and Dāqūq, then Qaraqoshe\u0301 at dawn.']],
  ['zero-width and soft hyphen', 'al-\u200bQahtaniyah was shelled. The bom\u00adbing killed 4.', ['al-\u200bQahtaniyah was shelled.', 'The bom\u00adbing killed 4.']],
  ['byte-order mark', '\ufeffThe town fell on Monday.', ['The town fell on Monday.']],
  ['links and hashtags', 'See #Mosul and http://example.com/x?a=1 for more. It spread.', ['See #Mosul and http://example.com/x?a=1 for more.', 'It spread.']],
  ['numbers', 'Some 1,200 people fled; 3.5% of them were children.', ['Some 1,200 people fled; 3.5% of them were children.']],
  ['Arabic names', 'Hammam al-Alil and al-Qahtaniyah were retaken.', ['Hammam al-Alil and al-Qahtaniyah were retaken.']],
  // wink does not break after an ellipsis; nor do we ("fled… to the hills" is one sentence).
  ['ellipsis', 'They fled… The town fell.', ['They fled… The town fell.']],
  ['paragraphs', 'A first paragraph.\n\nA second one, here. And more.\n\n\n  Third.', ['A first paragraph.', 'A second one, here.', 'And more.', 'Third.']],
  ['blank line of spaces', 'Para one.\n \t \nPara two.', ['Para one.', 'Para two.']],
  ['carriage returns', 'Para one.\r\n\r\nPara two.', ['Para one.', 'Para two.']],
  ['empty', '', []],
  ['only space', ' \n\n \u00a0', []],
];

test('offsets round-trip into the original text', () => {
  for (const [label, text, expected] of roundTrip) {
    const seg = segment(text);
    checkOffsets(seg, label);
    assert.deepEqual(seg.sentences.map((s) => s.text), expected, label);
  }
});

// Random mixes of words, punctuation and every kind of space: offsets must hold for all of them.
test('offsets hold on random text', () => {
  const pieces = ['Mosul', 'al-Alil', 'U.S.', 'Gen.', 'killed', '12', '1,200', '“', '”', '’s', 'don’t', '—', '–', '…', '.', ',', '!', '?',
    '(AP)', '#tag', '😀', 'e\u0301', '\u00ad', '\u200b', 'Tikrīt', 'http://example.com/a?b=1', '$5', '3.5%', 'a.m.', 'No.', 'Ｆｕｌｌ'];
  const spaces = [' ', ' ', ' ', '  ', '\u00a0', '\u2003', '\u2009', '\u202f', '\t', '\n', '\n\n', '\n \n', '', '\u3000'];
  let seed = 42;
  const pick = <T>(list: T[]): T => { seed = (seed * 1103515245 + 12345) % 2147483648; return list[seed % list.length] as T; };
  for (let k = 0; k < 300; k++) {
    let text = '';
    for (let j = 0, n = 5 + (k % 40); j < n; j++) text += pick(pieces) + pick(spaces);
    checkOffsets(segment(text), JSON.stringify(text));
  }
});

test('paragraphs split on blank lines; sentences never cross them', () => {
  const text = 'Headline without a full stop\n\nBy John Smith\n\nFirst sentence of the body. Second one\nwraps here.\n\nLast line';
  const seg = segment(text);
  assert.deepEqual(seg.paragraphs.map((p) => text.slice(p.start, p.end)),
    ['Headline without a full stop', 'By John Smith', 'First sentence of the body. Second one\nwraps here.', 'Last line']);
  assert.deepEqual(seg.sentences.map((s) => [s.paragraph, s.text]),
    [[0, 'Headline without a full stop'], [1, 'By John Smith'], [2, 'First sentence of the body.'], [2, 'Second one\nwraps here.'], [3, 'Last line']]);
});

// [text, its sentences]: headings and captions on their own line, inside a paragraph or not.
const headlines: [string, string[]][] = [
  ['Iraqi forces retake Mosul\n\nIraqi forces retook the city on Sunday.', ['Iraqi forces retake Mosul', 'Iraqi forces retook the city on Sunday.']],
  ['Iraqi forces retake Mosul\nIraqi forces retook the city on Sunday, the army said, after weeks of fighting.',
    ['Iraqi forces retake Mosul', 'Iraqi forces retook the city on Sunday, the army said, after weeks of fighting.']],
  ['Fighting Rages in Eastern Mosul as Troops Advance\nIraqi troops advanced.', ['Fighting Rages in Eastern Mosul as Troops Advance', 'Iraqi troops advanced.']],
  ['Mosul falls\nThe army said so.', ['Mosul falls', 'The army said so.']],
  ['Background\nThe offensive began in October with 100,000 troops.\nCasualties\nAt least 12 soldiers were killed on Tuesday.',
    ['Background', 'The offensive began in October with 100,000 troops.', 'Casualties', 'At least 12 soldiers were killed on Tuesday.']],
  ['Advertisement\nKurdish fighters repelled an attack near Nawaran.', ['Advertisement', 'Kurdish fighters repelled an attack near Nawaran.']],
  ['Photo: Reuters\nKurdish fighters repelled an attack near Nawaran.', ['Photo: Reuters', 'Kurdish fighters repelled an attack near Nawaran.']],
  ['Suicide bomber kills 12 in Baghdad market\n\n12 killed', ['Suicide bomber kills 12 in Baghdad market', '12 killed']],
  ['Iraqi PM: “Mosul will be freed”\nPrime Minister Haider al-Abadi said on Monday that the offensive would go on.',
    ['Iraqi PM: “Mosul will be freed”', 'Prime Minister Haider al-Abadi said on Monday that the offensive would go on.']],
  ['“We will return”: displaced families wait\nFamilies waited at the gates of the Khazer camp on Monday, aid workers said.',
    ['“We will return”: displaced families wait', 'Families waited at the gates of the Khazer camp on Monday, aid workers said.']],
  // A quotation on the next line ends a caption of any length.
  ['A volunteer medic from the northern brigades checks the supplies loaded onto a truck near the front line outside the town of Kera\n“We lost two ambulances last month,” she said.',
    ['A volunteer medic from the northern brigades checks the supplies loaded onto a truck near the front line outside the town of Kera', '“We lost two ambulances last month,” she said.']],
];

test('a headline or caption line is its own sentence', () => {
  for (const [text, expected] of headlines) assert.deepEqual(sentencesOf(text), expected, text);
});

// [text, its sentences]: a single newline in running text does not end a sentence.
const wrapped: [string, string[]][] = [
  ['The fighting in the north of the\ncountry continued for three days and\nnights, officials said.',
    ['The fighting in the north of the\ncountry continued for three days and\nnights, officials said.']],
  ['Iraqi special forces pushed deeper into eastern Mosul on\nTuesday, fighting street by street against Islamic State\nmilitants, officers said. The\nU.S.-led coalition carried out 14 air strikes.',
    ['Iraqi special forces pushed deeper into eastern Mosul on\nTuesday, fighting street by street against Islamic State\nmilitants, officers said.', 'The\nU.S.-led coalition carried out 14 air strikes.']],
  ['The statement was issued by Iraqi\nPrime Minister Haider al-Abadi on Monday.', ['The statement was issued by Iraqi\nPrime Minister Haider al-Abadi on Monday.']],
  ['Thousands have fled since the offensive began, with many\narriving at the Khazer camp east of the city. Aid agencies said they\nwere preparing for one million displaced people.',
    ['Thousands have fled since the offensive began, with many\narriving at the Khazer camp east of the city.', 'Aid agencies said they\nwere preparing for one million displaced people.']],
  ['Kurdish fighters, who hold positions to the north and east of the city, said\nThe attack was repelled.',
    ['Kurdish fighters, who hold positions to the north and east of the city, said\nThe attack was repelled.']],
  ['Two soldiers were killed when a roadside bomb hit their\nHumvee near Baiji on Wednesday, police said.',
    ['Two soldiers were killed when a roadside bomb hit their\nHumvee near Baiji on Wednesday, police said.']],
  ['Maj.\nGen. Ali said the town was retaken.', ['Maj.\nGen. Ali said the town was retaken.']],
];

test('hard-wrapped lines stay in one sentence', () => {
  for (const [text, expected] of wrapped) assert.deepEqual(sentencesOf(text), expected, text);
});

// [text, its sentences]: abbreviations common in news, where wink breaks too often or too rarely.
const abbreviations: [string, string[]][] = [
  ['The strike was condemned by the U.S. The Iraqi army said nothing.', ['The strike was condemned by the U.S.', 'The Iraqi army said nothing.']],
  ['U.S. forces and U.N. monitors arrived in the area on Monday.', ['U.S. forces and U.N. monitors arrived in the area on Monday.']],
  ['Troops were based in the U.S. Fighting continued in Iraq.', ['Troops were based in the U.S.', 'Fighting continued in Iraq.']],
  ['The U.S. Army said it had no troops there.', ['The U.S. Army said it had no troops there.']],
  ['Maj. Gen. Ahmed said so. Brig. Gen. Ali agreed.', ['Maj. Gen. Ahmed said so.', 'Brig. Gen. Ali agreed.']],
  ['Lt. Col. Ahmed Ali of the 5th Bde. was killed in the clash.', ['Lt. Col. Ahmed Ali of the 5th Bde. was killed in the clash.']],
  ['Gen. Petraeus met Sgt. Maj. Ali and Capt. Omar near the base.', ['Gen. Petraeus met Sgt. Maj. Ali and Capt. Omar near the base.']],
  ['Pres. Obama spoke with Gov. Smith and Sen. Graham.', ['Pres. Obama spoke with Gov. Smith and Sen. Graham.']],
  ['Cpl. Omar, Pvt. Hassan and Adm. Jones were there.', ['Cpl. Omar, Pvt. Hassan and Adm. Jones were there.']],
  ['The unit belongs to Lt. Gen. Smith. Gen. Jones disagreed.', ['The unit belongs to Lt. Gen. Smith.', 'Gen. Jones disagreed.']],
  ['It happened on Sept. 12 near Mosul. On Jan. 3 more came.', ['It happened on Sept. 12 near Mosul.', 'On Jan. 3 more came.']],
  ['Kurdish fighters took the town on Oct. 17, 2016. They met no resistance.', ['Kurdish fighters took the town on Oct. 17, 2016.', 'They met no resistance.']],
  ['The attack began at 3 a.m. and lasted until 5 p.m. on Tuesday.', ['The attack began at 3 a.m. and lasted until 5 p.m. on Tuesday.']],
  ['Troops arrived at 3 a.m. Fighting began soon after.', ['Troops arrived at 3 a.m.', 'Fighting began soon after.']],
  ['They left at 4 p.m. Monday, a spokesman said.', ['They left at 4 p.m. Monday, a spokesman said.']],
  ['The attack at 10 p.m. killed 4. The army said so.', ['The attack at 10 p.m. killed 4.', 'The army said so.']],
  ['Resolution No. 3 was passed. He said No. The vote failed.', ['Resolution No. 3 was passed.', 'He said No.', 'The vote failed.']],
  ['The camp at Kilometre No. 7 was shelled.', ['The camp at Kilometre No. 7 was shelled.']],
  ['About 40 people, incl. 10 children, were hurt.', ['About 40 people, incl. 10 children, were hurt.']],
  ['Approx. 40 people fled the village.', ['Approx. 40 people fled the village.']],
  ['He lives in St. Louis. Dr. Smith and Mr. Jones spoke.', ['He lives in St. Louis.', 'Dr. Smith and Mr. Jones spoke.']],
  ['Fighters took Mt. Sinjar and Ft. Hood was on alert.', ['Fighters took Mt. Sinjar and Ft. Hood was on alert.']],
  ['He arrived in Washington, D.C. on Monday.', ['He arrived in Washington, D.C. on Monday.']],
  ['The militia, led by Abu J. Hassan, attacked at dawn.', ['The militia, led by Abu J. Hassan, attacked at dawn.']],
  ['Reuters reported 5 dead, vs. 12 in the earlier raid.', ['Reuters reported 5 dead, vs. 12 in the earlier raid.']],
  ['See Fig. 4 and Vol. 2 of the report.', ['See Fig. 4 and Vol. 2 of the report.']],
  ['The 3rd Div. and the 4th Bn. moved north. They met no resistance.', ['The 3rd Div. and the 4th Bn. moved north.', 'They met no resistance.']],
  ['Police said 3 people died. 5 more were hurt.', ['Police said 3 people died.', '5 more were hurt.']],
  ['Militants attacked the town. al-Shabaab fighters then fled.', ['Militants attacked the town.', 'al-Shabaab fighters then fled.']],
  ['“Why did nobody come?” an elder asked the governor. He left.', ['“Why did nobody come?” an elder asked the governor.', 'He left.']],
  ['“Run!” Then the shooting began.', ['“Run!”', 'Then the shooting began.']],
];

test('abbreviations do not end sentences, and sentence ends after them are kept', () => {
  for (const [text, expected] of abbreviations) assert.deepEqual(sentencesOf(text), expected, text);
});

// [sentence, token, fields it must have]
const tokenFields: [string, string, Partial<Record<'isNumber' | 'isCapitalised', boolean>>][] = [
  ['Gunmen killed 11 people.', 'killed', { isNumber: false, isCapitalised: false }],
  ['Gunmen killed 11 people.', '11', { isNumber: true }],
  ['Gunmen killed 11 people.', 'Gunmen', { isCapitalised: true }],
  ['Some 1,200 people fled.', '1,200', { isNumber: true }],
  ['Prices rose 3.5 percent.', '3.5', { isNumber: true }],
  ['Eleven soldiers died.', 'Eleven', { isNumber: false, isCapitalised: true }],
  ['The 5th brigade moved.', '5th', { isNumber: false }],
  ['Temperatures fell to -4 overnight.', '-4', { isNumber: true }],
  ['Route 7 - the main road - was cut.', '-', { isNumber: false }],
  ['Clashes erupted in Mosul.', 'Mosul', { isCapitalised: true }],
  ['Troops entered Érbil.', 'Érbil', { isCapitalised: true }],
  ['He said “no”.', '“', { isCapitalised: false }],
];

test('tokens carry number and capital flags', () => {
  for (const [sentence, word, fields] of tokenFields) {
    const token = segment(sentence).sentences.flatMap((s) => s.tokens).find((t) => t.text === word);
    assert.ok(token, `${sentence}: no token ${word}`);
    for (const [k, v] of Object.entries(fields)) assert.equal(token[k as keyof typeof token], v, `${sentence}: ${word}.${k}`);
  }
});

// A one-line paragraph of plain sentences is split without wink; a number with a decimal point after
// it sends the same words through wink. Both must give the same sentences and tokens.
const plainParagraphs = [
  'Gunmen killed 1,200 villagers near Bria on Sunday, officials said.',
  'MOSUL, Iraq — Iraqi forces advanced on Tuesday—slowly—officers said.',
  '“We will not retreat,” the commander of the 5th brigade said?',
  'Rebels (of the FPRC) seized Bambari; troops withdrew to Grimari!”',
  'Troops entered Érbil and Dāqūq at dawn with 3-ton trucks.',
  'Gunmen attacked a checkpoint. Two soldiers died!  Police gave chase? No one was caught.',
  'The convoy was hit near Gao. It carried food, fuel, etc. Aid groups said so.',
  'The raid was led by Gen. Smith and Lt. Jones. Both survived.',
  'Five people died in Mosul. I saw it. US troops left.',
  'He was hit. "They came at night," he said. “It burned.” The army fled in 2009. In May it returned.',
  'Route 5. Convoys used it.\' Then the bridge fell.',
];

test('a plain paragraph split without wink has the sentences and tokens wink gives', () => {
  for (const para of plainParagraphs) {
    const plain = segment(para).sentences;
    const read = segment(`${para} Prices rose 3.5 percent.`).sentences;
    assert.equal(read.length, plain.length + 1, para);
    plain.forEach((s, i) => {
      assert.deepEqual([s.start, s.end, s.text], [read[i]?.start, read[i]?.end, read[i]?.text], para);
      assert.deepEqual(s.tokens, read[i]?.tokens, para);
    });
  }
});
