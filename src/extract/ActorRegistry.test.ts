import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interaction, loadActorRegistry } from './ActorRegistry.js';

const registry = loadActorRegistry();
const names = (s: string) => registry.findMentions(s).map((m) => m.name);

test('every alias of a group gives one canonical name', () => {
  const groups: Array<[string, string[]]> = [
    ['Islamic State (ISIS)', ['ISIS', 'IS', 'ISIL', 'Daesh', 'Islamic State', 'Islamic State group', 'Islamic State in Iraq and the Levant']],
    ['Islamic State West Africa Province (ISWAP)', ['ISWAP', 'Islamic State West Africa Province', 'Islamic State in West Africa']],
    ['Islamic State (Greater Sahara)', ['ISGS', 'Islamic State in the Greater Sahara', 'Islamic State Sahel Province']],
    ['Islamic State Khorasan Province (ISKP)', ['ISKP', 'ISIS-K', 'Islamic State Khorasan']],
    ['Al Shabaab', ['al-Shabaab', 'Al Shabaab', 'Shabaab', 'al-Shabab', 'Harakat al-Shabaab al-Mujahideen']],
    ['JNIM: Group for Support of Islam and Muslims', ['JNIM', 'GSIM', 'Group for Support of Islam and Muslims']],
    ['Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', ['Boko Haram', 'JAS']],
    ['Hayat Tahrir al-Sham', ['HTS', "Hay'at Tahrir al-Sham", 'Hayat Tahrir al-Sham']],
    ['Military Forces of Yemen (2017-) Houthi', ['Houthis', 'Houthi', 'Ansar Allah']],
    ['QSD: Syrian Democratic Forces', ['SDF', 'Syrian Democratic Forces']],
    ['PMF: Popular Mobilization Forces', ['PMF', 'Hashd al-Shaabi', 'Popular Mobilisation Forces']],
    ['Military Forces of Iraq (Kurdistan Regional Government)', ['Peshmerga']],
    ['ADF: Allied Democratic Forces', ['ADF', 'Allied Democratic Forces']],
    ['AA: Arakan Army', ['Arakan Army']],
    ["PDF: People's Defense Force", ['PDF', "People's Defence Force"]],
    ['Military Forces of Myanmar', ['Tatmadaw']],
    ['M23: March 23 Movement', ['M23']],
    ['Wagner Group', ['Wagner', 'Wagner Group']],
    ['Military Forces of Mali', ['FAMa']],
    ['Islamic State (Sinai)', ['Wilayat Sinai', 'Sinai Province', 'Islamic State in Sinai']],
    ["LRA: Lord's Resistance Army", ['LRA', "Lord's Resistance Army"]],
    ['Ex-Seleka Militia', ['Seleka', 'ex-Seleka']],
    ['SLM/A: Sudan Liberation Movement/Army', ['SLA', 'SLM', 'Sudan Liberation Army', 'SLA-AW']],
    ['Imbonerakure', ['Imbonerakure']],
    ["NPA: New People's Army", ['NPA', "New People's Army"]],
    ['CPI (Maoist): Communist Party of India (Maoist)', ['Naxalites', 'CPI-Maoist']],
  ];
  for (const [canonical, aliases] of groups) {
    for (const alias of aliases) {
      assert.deepEqual(names(`Witnesses said ${alias} fighters entered the town on Monday.`), [canonical], alias);
      assert.equal(registry.byName(alias)?.name, canonical, `byName ${alias}`);
    }
    assert.equal(registry.byName(canonical)?.name, canonical);
  }
});

test('"IS" is the group only as a capitalised token among ordinary words', () => {
  const table: Array<[string, string[]]> = [
    ['This is a test.', []],
    ['Is this the road to the market?', []],
    ['THIS IS A TEST', []],
    ['IS fighters attacked a checkpoint overnight.', ['Islamic State (ISIS)']],
    ['The raid was claimed by IS on Telegram.', ['Islamic State (ISIS)']],
    ['The bombing was claimed by IS.', ['Islamic State (ISIS)']],
  ];
  for (const [sentence, expected] of table) assert.deepEqual(names(sentence), expected, sentence);
});

test('the longest alias wins and matches never overlap', () => {
  const table: Array<[string, string[]]> = [
    ['Islamic State West Africa Province fighters raided Monguno.', ['Islamic State West Africa Province (ISWAP)']],
    ['The Islamic State Khorasan Province claimed the blast.', ['Islamic State Khorasan Province (ISKP)']],
    ['Syrian Democratic Forces patrolled the border.', ['QSD: Syrian Democratic Forces']],
    ['The Arakan Army seized a base.', ['AA: Arakan Army']],
    ['The Somali National Army retook the village.', ['Military Forces of Somalia']],
    ['Boko Haram armed men abducted a farmer.', ['Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', 'Civilians']],
  ];
  for (const [sentence, expected] of table) assert.deepEqual(names(sentence), expected, sentence);
  const [m] = registry.findMentions('Al Shabaab militants stormed a hotel.', 100);
  assert.deepEqual(m?.span, { start: 100, end: 120 });
  assert.equal(m?.alias, 'Al Shabaab militants');
});

test('generic actors take their country from a demonym or from the caller', () => {
  const table: Array<[string, string | null, string, 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8]> = [
    ['Iraqi troops entered the district.', null, 'Military Forces of Iraq', 1],
    ['Somali police arrested two men.', null, 'Police Forces of Somalia', 1],
    ["Mali's army said the camp was secure.", null, 'Military Forces of Mali', 1],
    ['Nigerien soldiers were killed in an ambush.', null, 'Military Forces of Niger', 1],
    ['Nigerian troops repelled the attack.', null, 'Military Forces of Nigeria', 1],
    ['Congolese troops advanced on Sake.', null, 'Military Forces of Democratic Republic of Congo', 1],
    ['Burkinabe gendarmes manned the checkpoint.', null, 'Police Forces of Burkina Faso', 1],
    ['U.S. troops left the base.', null, 'Military Forces of the United States', 1],
    ['Gunmen opened fire on a bus.', 'Mali', 'Unidentified Armed Group (Mali)', 3],
    ['The army shelled the hills.', 'Sudan', 'Military Forces of Sudan', 1],
    ['Unknown gunmen abducted the chief.', 'Nigeria', 'Unidentified Armed Group (Nigeria)', 3],
    ['Villagers fled the fighting.', 'Myanmar', 'Civilians (Myanmar)', 7],
    ['Aid workers were among the dead.', 'Somalia', 'Civilians (Somalia)', 7],
    ['Protesters blocked the highway.', 'Kenya', 'Protesters (Kenya)', 6],
    ['Rioters torched a police post.', 'Guinea', 'Rioters (Guinea)', 5],
    ['Government forces retook the town.', 'Ethiopia', 'Military Forces of Ethiopia', 1],
    ['A communal militia raided the herders.', 'Sudan', 'Unidentified Communal Militia (Sudan)', 4],
    ['Malian Dozo hunters clashed with herders.', null, 'Dozo Communal Militia (Mali)', 4],
    ['Fulani militiamen burned the farms.', 'Nigeria', 'Fulani Ethnic Militia (Nigeria)', 4],
    // Foreign state forces are external forces (8) in another country's conflict.
    ['Russian forces struck a depot.', 'Syria', 'Military Forces of Russia', 8],
    ['Russian forces struck a depot.', 'Russia', 'Military Forces of Russia', 1],
  ];
  for (const [sentence, country, name, inter] of table) {
    const [m] = registry.findMentions(sentence);
    assert.ok(m?.generic, sentence);
    assert.deepEqual(registry.resolveGeneric(m, country), { name, inter }, sentence);
  }
});

test('without a country a generic name drops it', () => {
  const [m] = registry.findMentions('Gunmen attacked the convoy.');
  assert.equal(m?.country, null);
  assert.deepEqual(registry.resolveGeneric(m!, null), { name: 'Unidentified Armed Group', inter: 3 });
});

test('"forces" and "drones" alone say nobody; with a demonym they do', () => {
  assert.deepEqual(names('Forces loyal to the mayor advanced.'), []);
  assert.deepEqual(names('Drones were seen over the city.'), []);
  assert.deepEqual(names('Israeli drones struck a car.'), ['Military Forces of Israel']);
});

test('sentences without an actor give nothing', () => {
  const table = [
    'The weather was mild and markets reopened after the holiday.',
    'Officials said the bridge would be repaired by June.',
    'The report is due next week, the ministry said.',
    'Niger and Nigeria signed a trade deal.',
    'Kurdish and Arab leaders met in Erbil.',
    'She said it is what it is.',
    '',
  ];
  for (const sentence of table) assert.deepEqual(names(sentence), [], sentence);
});

test('byName normalises aliases, dated state forces and generic names', () => {
  const table: Array<[string, string | null]> = [
    ['Daesh', 'Islamic State (ISIS)'],
    ['islamic state', 'Islamic State (ISIS)'],
    ['Military Forces of Iraq (2022-)', 'Military Forces of Iraq'],
    ['Police Forces of Nigeria (2015-2023)', 'Police Forces of Nigeria'],
    ['Military Forces of the United States', 'Military Forces of the United States'],
    ['Civilians (Mali)', 'Civilians (Mali)'],
    ['Unidentified Armed Group (DRC)', 'Unidentified Armed Group (Democratic Republic of Congo)'],
    ['Iraqi troops', 'Military Forces of Iraq'],
    ['Nobody in particular', null],
    ['is', null],
  ];
  for (const [input, expected] of table) assert.equal(registry.byName(input)?.name ?? null, expected, input);
});

test('interaction codes follow ACLED', () => {
  const table: Array<[Parameters<typeof interaction>[0], Parameters<typeof interaction>[1], number | null]> = [
    [1, 7, 17], [7, 1, 17], [1, 1, 11], [2, 1, 12], [3, 7, 37], [6, null, 60], [6, 0, 60], [8, 2, 28], [null, null, null],
  ];
  for (const [a, b, expected] of table) assert.equal(interaction(a, b), expected, `${a}/${b}`);
});

test('the data file loads once and holds the expected actors', () => {
  assert.equal(loadActorRegistry(), registry);
  assert.ok(registry.actorCount >= 80);
});

test('a Fulani alias, singular or plural, is the Fulani ethnic militia of the article\'s country', () => {
  for (const sentence of ['Suspected Fulanis attacked two villages.', 'Armed Fulani herders raided the farm.']) {
    const [m] = registry.findMentions(sentence);
    assert.ok(m, sentence);
    assert.equal(registry.resolveGeneric(m, 'Nigeria').name, 'Fulani Ethnic Militia (Nigeria)', sentence);
  }
});


test('a movement acts through its regional branch where only the branch operates', () => {
  const registry = loadActorRegistry();
  const rows: [string, string | null, string][] = [
    ['Islamic State (ISIS)', 'Nigeria', 'Islamic State West Africa Province (ISWAP)'],
    ['Islamic State (ISIS)', 'Afghanistan', 'Islamic State Khorasan Province (ISKP)'],
    ['Islamic State (ISIS)', 'Iraq', 'Islamic State (ISIS)'], // where the movement itself operates
    ['Islamic State (ISIS)', 'Niger', 'Islamic State (ISIS)'], // two branches alike: no guess
    ['Islamic State (ISIS)', null, 'Islamic State (ISIS)'],
    ['Al Qaeda', 'Mali', 'AQIM: Al Qaeda in the Islamic Maghreb'],
    ['Al Shabaab', 'Kenya', 'Al Shabaab'], // no branches at all
  ];
  for (const [name, country, expected] of rows) assert.equal(registry.branchIn(name, country), expected, `${name} in ${country}`);
});

test('a character outside the BMP (a surrogate pair) before a name keeps every span in place', () => {
  const s = '🔴 Gunmen attacked a Nigerian army base, and Boko Haram fighters fled.';
  const found = registry.findMentions(s, 100);
  assert.deepEqual(found.map((m) => m.alias), ['Gunmen', 'Nigerian army', 'Boko Haram fighters']);
  for (const m of found) assert.equal(s.slice(m.span.start - 100, m.span.end - 100), m.alias);
});

test('a lead word in capitals, or with an accent, is still found after the quick hash check', () => {
  assert.deepEqual(names('GUNMEN stormed the village'), ['Unidentified Armed Group']);
  assert.deepEqual(names('Burkinabé soldiers repelled the attack'), ['Military Forces of Burkina Faso']);
});
