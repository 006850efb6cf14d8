// What a whole note says about its country when it names none: the groups it names, the admin units,
// the places that only one country has. Sentences written for these tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadActorRegistry } from '../extract/ActorRegistry.js';
import { countryByName } from '../extract/countries.js';
import { createGeocoder } from './createGeocoder.js';
import { WORDS } from './ToponymWords.js';

const geo = createGeocoder();

function locate(text: string, word: string) {
  const at = text.indexOf(word);
  assert.ok(at >= 0, `trigger "${word}" not in "${text}"`);
  return geo.locateEvent(text, 0, { start: at, end: at + word.length }, geo.articleContext(text));
}

describe('actor home countries', () => {
  const registry = loadActorRegistry();
  const first = (text: string) => registry.homeCountries(registry.findMentions(text)[0]!);
  it('a named group operates in its countries, main one first', () => {
    assert.deepEqual(first('Boko Haram fighters arrived.').slice(0, 2), ['Nigeria', 'Cameroon']);
    assert.equal(first('Al-Shabab fighters arrived.')[0], 'Somalia');
  });
  it('state forces are their own country; a demonym names the soldiers\' country', () => {
    assert.deepEqual(first('FARDC units arrived.'), ['Democratic Republic of Congo']);
    assert.deepEqual(first('Malian soldiers arrived.'), ['Mali']);
  });
  it('every named non-state group of the registry has countries', () => {
    const file = JSON.parse(readFileSync(new URL('../../data/actors.json', import.meta.url), 'utf8')) as { actors: Array<{ name: string; country?: string; countries?: string[] }> };
    const missing = file.actors.filter((a) => !a.country && !a.countries?.length && !a.name.startsWith('Vigilante'));
    assert.deepEqual(missing.map((a) => a.name), []);
  });
});

describe('a group\'s country when the note names none', () => {
  it('is the article\'s first country', () => {
    assert.equal(geo.articleContext('Boko Haram fighters burnt the market at dawn.').countries[0], 'Nigeria');
  });
  it('is read alike from plain text and from text with letters beyond ASCII', () => {
    // Plain sentences take an ASCII pattern for capitalised words; "Maïné" sends this one down the Unicode path.
    assert.equal(geo.articleContext('Boko Haram fighters burnt the market in Xqorbel Maïné at dawn.').countries[0], 'Nigeria');
    assert.equal(geo.articleContext('“Boko Haram” fighters – they said – burnt the market at dawn.').countries[0], 'Nigeria');
    assert.deepEqual(geo.articleContext('Gunmen burnt the market at dawn in Xqorbel Maïné.').countries, []);
  });
  it('ranks below a country the text names', () => {
    assert.equal(geo.articleContext('Al Shabaab gunmen attacked a bus in Kenya.').countries[0], 'Kenya');
  });
  it('places an event at an unknown village in that country, precision 3, keeping the name', () => {
    const loc = locate('SPLA-IO fighters raided the village of Xqorbel overnight.', 'raided');
    assert.equal(loc.place?.kind, 'country');
    assert.equal(loc.place?.country, 'South Sudan');
    assert.equal(loc.geo_precision, 3);
    assert.equal(loc.unresolved?.text, 'Xqorbel');
  });
});

describe('admin units, distances and co-mentioned places', () => {
  it('"Cercle of X" after a town reads X as its unit and keeps the town out of other countries', () => {
    const loc = locate('Gunmen abducted a teacher in Xqorbel, Cercle of Niafunké, on Monday.', 'abducted');
    assert.equal(loc.place?.country, 'Mali');
    assert.equal(loc.unresolved?.text, 'Xqorbel');
    assert.equal(loc.geo_precision, 2);
  });
  it('an unknown place measured from a town is placed at that town, not at a country named elsewhere', () => {
    const loc = locate('Kenya said Somali troops struck a camp at Xqorbel village (c. 13 km north west of Merka district).', 'struck');
    assert.equal(loc.place?.country, 'Somalia');
    assert.equal(loc.place?.kind, 'populated place');
    assert.equal(loc.geo_precision, 2);
  });
  it('a bearing in capitals ("North East of") is not a district of that name', () => {
    const names = geo.findToponyms('Fighters attacked Xqorbel area (c. 30 km North East of Baidoa town).').map((m) => m.text);
    assert.ok(!names.includes('North East'), names.join(', '));
    assert.ok(names.includes('Baidoa'));
  });
  it('a city that clearly outranks its namesakes abroad says the note\'s country', () => {
    assert.equal(geo.articleContext('Youths from Xqorbel village near Kano blocked a road in protest.').countries[0], 'Nigeria');
  });
  it('a kind of unit only one country has ("woreda", "payam", "LGA") says the note\'s country', () => {
    assert.equal(geo.articleContext('Three farmers were killed in Xqorbel woreda on Monday.').countries[0], 'Ethiopia');
    assert.equal(geo.articleContext('Cattle raiders attacked herders in Xqorbel payam.').countries[0], 'South Sudan');
    assert.equal(geo.articleContext('Gunmen kidnapped a chief in the Xqorbel local government area.').countries[0], 'Nigeria');
    // Below a country the text names: the word alone is a hint.
    assert.equal(geo.articleContext('In Kenya, gunmen attacked a woreda office.').countries[0], 'Kenya');
  });
  it('reads the unit word in any case, as a whole word, in text order, also in text with a longer lower case', () => {
    assert.deepEqual(geo.articleContext('Xqorbel WOREDA and Yqorbel Payam were raided.').countries, ['Ethiopia', 'South Sudan']);
    assert.deepEqual(geo.articleContext('Yqorbel payam and Xqorbel Woreda were raided.').countries, ['South Sudan', 'Ethiopia']);
    // "payams", "lgas": no unit word of their own; "İ" lower-cases to two characters.
    assert.deepEqual(geo.articleContext('Raiders crossed the payams and lgas near Xqorbel.').countries, []);
    assert.deepEqual(geo.articleContext('İ: Xqorbel woreda was raided.').countries, ['Ethiopia']);
  });
  it('reads a unit of several words with single spaces only, and only whole words', () => {
    assert.deepEqual(geo.articleContext('Raiders struck Xqorbel LOCAL Government Area.').countries, ['Nigeria']);
    assert.deepEqual(geo.articleContext('Raiders struck the Xqorbel local  government area and a woreda_2 post.').countries, []);
  });
  it('every such unit names a country the project knows', () => {
    for (const country of WORDS.unitCountries.values()) assert.ok(countryByName(country), country);
  });
  it('"Lake Chad" does not make the note about Chad', () => {
    const ctx = geo.articleContext('Nigerian troops repelled an attack in the Lake Chad region.');
    assert.equal(ctx.countries[0], 'Nigeria');
    assert.ok(!geo.findToponyms('Nigerian troops repelled an attack in the Lake Chad region.').some((m) => m.text === 'Chad'));
  });
  it('a capitalised English word is a notable place only by its own name ("Part" is no Perth)', () => {
    assert.deepEqual(geo.findToponyms('Part of the court was set alight.').map((m) => m.text), []);
  });
  it('"the Santa Maria church" is named after a saint, not a town', () => {
    assert.deepEqual(geo.findToponyms('Gunmen attacked the Santa Maria church in Istanbul during mass.').map((m) => m.text), ['Istanbul']);
    assert.deepEqual(geo.findToponyms('Gunmen attacked worshippers in Santa Maria during mass.').map((m) => m.text), ['Santa Maria']);
  });
  it('"the Niger river" is the river, not the country', () => {
    const names = geo.findToponyms('Troops posted along the Niger river near Gao came under fire.').map((m) => m.text);
    assert.deepEqual(names, ['Gao']);
  });
});
