import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestArticles } from '../pipeline/ingestArticles.js';
import { openSqliteStore } from '../store/sqlite/SqliteStore.js';
import { misdecoded, repairMojibake } from './mojibake.js';

/** UTF-8 bytes shown one character a byte, as a Windows-1252 or a Latin-1 decoder shows them. */
const asCp1252 = (s: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));
const asLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

test('mangled words, quotes, dashes and signs are repaired', () => {
  const rows: [string, string, number][] = [
    ['Rebels shelled BouakÃ© and KorhogoÂ\u00a0overnight.', 'Rebels shelled Bouaké and Korhogo\u00a0overnight.', 2],
    ['Mayor Ã‰lise FranÃ§ois-MÃ¨re was detained.', 'Mayor Élise François-Mère was detained.', 3],
    ['The armyâ€™s spokesman said â€œno comment.â€\u009d', 'The army’s spokesman said “no comment.”', 3],
    ['Two villages â€” both near the border â€“ were burned.', 'Two villages — both near the border – were burned.', 2],
    ['The ransom was â‚¬40,000 at 40Â°C.', 'The ransom was €40,000 at 40°C.', 2],
    ['Shelling of ÐšÐ¸Ñ—Ð² resumed.', 'Shelling of Київ resumed.', 4],
  ];
  for (const [input, expected, count] of rows) {
    assert.ok(misdecoded(input), input);
    assert.deepEqual(repairMojibake(input), { text: expected, repaired: count }, input);
  }
});

test('a sentence mangled by either decoder, or twice, comes back whole', () => {
  const clean = 'Gunmen raided Séguéla and Daloa in Côte d’Ivoire — “many” fled; damage: €2m.';
  assert.equal(repairMojibake(asCp1252(clean)).text, clean);
  assert.equal(repairMojibake(asLatin1(clean)).text, clean);
  assert.equal(repairMojibake(asCp1252(asCp1252(clean))).text, clean);
  const twice = repairMojibake('Clashes in DuÃƒÂ©kouÃƒÂ©.');
  assert.equal(twice.text, 'Clashes in Duékoué.');
  assert.equal(twice.repaired, 6); // two layers of two sequences for each é
});

test('stray C1 controls: quotes and letters restored, noise inside a word dropped', () => {
  assert.deepEqual(repairMojibake('the \u0093rebels\u0094 of d\u0092Ivoire'), { text: 'the “rebels” of d’Ivoire', repaired: 3 });
  assert.deepEqual(repairMojibake('Ko\u009aice'), { text: 'Košice', repaired: 1 });
  assert.deepEqual(repairMojibake('Troops entered Man\u0085kono at dawn'), { text: 'Troops entered Mankono at dawn', repaired: 1 });
  assert.deepEqual(repairMojibake('Troops retreated\u0085 then returned'), { text: 'Troops retreated… then returned', repaired: 1 });
  assert.deepEqual(repairMojibake('Gbo\u0081n'), { text: 'Gbon', repaired: 1 });
});

test('clean text in many languages comes back identical, and costs no repair', () => {
  const clean = [
    'Em São Tomé e Príncipe não há confronto; SÃO PAULO, IRMÃ.',
    'Thủ tướng Việt Nam đã đến Đà Nẵng; Ã và Â là chữ cái.',
    'Ärzte in Köln berichten über Übergriffe auf der Straße: „daß“ ÖL, Ä, Ö.',
    'أعلنت القوات المسلحة السيطرة على المدينة',
    '北京市政府发布公告，警方逮捕了三名嫌疑人。',
    'Clashes near Bouaké and Yamoussoukro in Côte d’Ivoire — “heavy” fighting; café’s owner, 40°C, €5.',
    'Ñandú, Øresund, Ærø, naïve, façade, 5×3, ½, ¿qué?, ¡ya!, «non».',
  ];
  for (const text of clean) {
    assert.equal(misdecoded(text), false, text);
    const out = repairMojibake(text);
    assert.equal(out.text, text);
    assert.equal(out.repaired, 0, text);
  }
});

test('a sequence that is not UTF-8 is left as it was', () => {
  // E0 80 80 has the shape but is an overlong form, which a strict UTF-8 decoder refuses.
  assert.deepEqual(repairMojibake('x à€€ y'), { text: 'x à€€ y', repaired: 0 });
  assert.deepEqual(repairMojibake('â€ then BouakÃ©'), { text: 'â€ then Bouaké', repaired: 1 });
});

test('ingest stores a mangled JSONL line and text file repaired, with a warning, and clean ones untouched', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-mojibake-'));
  const body = 'Rebels attacked an army post near Bouaké on Saturday, killing four soldiers, the army’s spokesman said. '
    + 'Residents of Séguéla said the fighting — the worst this year — lasted two hours.';
  const clean = `Soldiers clashed with rebels near Korhogo on Monday — “heavy” fire, a café owner said. ${body}`;
  writeFileSync(join(dir, 'dump.jsonl'), [
    JSON.stringify({ id: 'a', title: asCp1252('Attack near Bouaké'), published: '2024-03-02', text: asCp1252(body) }),
    JSON.stringify({ id: 'b', title: 'Clashes near Korhogo', published: '2024-03-04', text: clean }),
  ].join('\n'));
  writeFileSync(join(dir, 'story.txt'), asLatin1(`Army post attacked near Séguéla\n\nMarch 3, 2024\n\n${body}\n`));
  const store = openSqliteStore(join(dir, 'db.sqlite'));
  const warned: string[] = [];
  try {
    const summary = await ingestArticles(store, [dir], {}, { onItem: (o) => { if (o.outcome === 'inserted') warned.push(...o.warnings); } });
    assert.equal(summary.inserted, 3);
    const stored = await Promise.all((await store.listArticles()).map((a) => store.getArticle(a.id)));
    const byTitle = new Map(stored.map((a) => [a!.title, a!]));
    assert.deepEqual([...byTitle.keys()].sort(), ['Army post attacked near Séguéla', 'Attack near Bouaké', 'Clashes near Korhogo']);
    assert.equal(byTitle.get('Attack near Bouaké')!.text, body);
    assert.equal(byTitle.get('Army post attacked near Séguéla')!.text, `Army post attacked near Séguéla\n\nMarch 3, 2024\n\n${body}\n`);
    assert.equal(byTitle.get('Army post attacked near Séguéla')!.published, '2024-03-03');
    assert.equal(byTitle.get('Clashes near Korhogo')!.text, clean);
    assert.equal(summary.warnings, 2);
    assert.ok(warned.every((w) => /^text repaired: \d+ mis-decoded sequences \(UTF-8 read as Windows-1252 or Latin-1\)$/.test(w)), warned.join('; '));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
